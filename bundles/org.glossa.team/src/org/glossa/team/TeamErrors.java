package org.glossa.team;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/** One line for what went wrong reaching a remote, from JGit's exceptions and their causes. */
final class TeamErrors {
    private TeamErrors() {
    }

    static TeamException remote(String url, Throwable failure, String nothingChanged) {
        String all = messages(failure).toLowerCase(Locale.ROOT);
        String what;
        if (has(failure, NoRemoteRepositoryException.class) || all.contains("not found") || all.contains("does not appear to be a git repository")
                || all.contains("repository not found") || all.contains("not a git repository")) {
            what = "there is no git repository at " + url;
        } else if (all.contains("auth") || all.contains("not authorized") || all.contains("permission denied")
                || all.contains("credentialsprovider") || all.contains("401") || all.contains("403")) {
            what = "authentication failed for " + url + " (SSH: a key in ~/.ssh or the agent; HTTPS: "
                    + GitAccess.USERNAME + " and " + GitAccess.PASSWORD + ")";
        } else if (has(failure, UnknownHostException.class) || has(failure, ConnectException.class)
                || has(failure, NoRouteToHostException.class) || has(failure, SocketTimeoutException.class)
                || all.contains("connection refused") || all.contains("unknownhost") || all.contains("timed out")
                || all.contains("cannot open session") || all.contains("no route")) {
            what = "cannot reach " + url + " (offline? everything stays local and syncs later)";
        } else {
            what = "the remote " + url + " failed: " + firstLine(failure);
        }
        return new TeamException(what + "; " + nothingChanged, failure);
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
        return newline < 0 ? message : message.substring(0, newline);
    }
}
