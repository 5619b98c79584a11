package org.glossa.team;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.URIish;

/**
 * One line for what went wrong reaching a remote, from JGit's exceptions and their causes: the host key is not
 * trusted, authentication failed, there is no repository, the remote cannot be reached, or else the remote's own
 * first line. Each says what to do; the caller adds what it left unchanged. Credentials never appear: a URL with a
 * password in it is shown without it.
 */
final class TeamErrors {
    private TeamErrors() {
    }

    static TeamException remote(String url, Throwable failure, String nothingChanged) {
        return new TeamException(describe(shown(url), failure) + "; " + nothingChanged, failure);
    }

    private static String describe(String url, Throwable failure) {
        String all = messages(failure).toLowerCase(Locale.ROOT);
        if (all.contains("server key did not validate") || all.contains("host key")) {
            return "the SSH host key of " + hostOf(url) + " is not trusted yet (or has changed): connect once with"
                    + " ssh to check it and add it to ~/.ssh/known_hosts, or set 'StrictHostKeyChecking accept-new'"
                    + " for the host in ~/.ssh/config";
        }
        if (all.contains("auth") || all.contains("not authorized") || all.contains("permission denied")
                || all.contains("credentialsprovider") || all.contains(" 401") || all.contains(" 403")) {
            return "authentication failed for " + url + (isHttp(url)
                    ? " (HTTPS: the user name and password or token of your git credential helper, or "
                            + GitAccess.USERNAME + " and " + GitAccess.PASSWORD + ")"
                    : " (SSH: no key of ~/.ssh or of the ssh-agent was accepted)");
        }
        if (has(failure, NoRemoteRepositoryException.class) || all.contains("not found")
                || all.contains("does not appear to be a git repository") || all.contains("not a git repository")) {
            return "there is no git repository at " + url;
        }
        if (has(failure, UnknownHostException.class) || has(failure, ConnectException.class)
                || has(failure, NoRouteToHostException.class) || has(failure, SocketTimeoutException.class)
                || all.contains("connection refused") || all.contains("unknownhost") || all.contains("timed out")
                || all.contains("cannot open session") || all.contains("no route")) {
            return "cannot reach " + url + " (offline? everything stays local and syncs later)";
        }
        return "the remote " + url + " failed: " + firstLine(failure);
    }

    /** The URL as it may be shown: without a password written into it. */
    private static String shown(String url) {
        try {
            URIish uri = new URIish(url);
            return uri.getPass() == null ? url : uri.setPass(null).toString();
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String hostOf(String url) {
        try {
            URIish uri = new URIish(url);
            return uri.getHost() == null ? url : uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static boolean isHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
