package org.glossa.team.access;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * JGit's credentials for HTTP(S) remotes: a user name and password (or token) from the environment when both are set,
 * else from the user's git credential helpers ({@link GitCredentials}). Answers nothing for other transports: SSH
 * asks its provider about unknown host keys and key passphrases, and a command without a user to ask must say no.
 * A refused credential that came from the helpers is erased from them, as git does. One that worked is not sent back
 * with {@code store} (git does so to fill other helpers): it came from a helper, which has it, or from the
 * environment, whose token must not end up in a helper's store. Never interactive.
 */
public final class HelperCredentialsProvider extends CredentialsProvider {
    private final String environmentUser;
    private final String environmentPassword;
    private final GitCredentials helpers;
    /** Per URL, what the helpers answered during this access (JGit asks more than once per command). */
    private final Map<String, Credential> answered = new ConcurrentHashMap<>();

    public HelperCredentialsProvider(String environmentUser, String environmentPassword, GitCredentials helpers) {
        this.environmentUser = environmentUser;
        this.environmentPassword = environmentPassword;
        this.helpers = helpers;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
                    || item instanceof CredentialItem.InformationalMessage)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (!isHttp(uri) || !supports(items)) {
            return false;
        }
        Optional<Credential> credential = credential(uri);
        if (credential.isEmpty()) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username user) {
                user.setValue(credential.get().username());
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(credential.get().password().toCharArray());
            }
        }
        return true;
    }

    /** The credential was refused: forget it here and have the helpers erase it (not the environment's). */
    @Override
    public void reset(URIish uri) {
        Credential refused = answered.remove(key(uri));
        if (refused != null) {
            try {
                helpers.tell("erase", uri, refused);
            } catch (IOException e) {
                // erasing is a courtesy to the helper; the failure the user sees is the refusal itself
            }
        }
    }

    private Optional<Credential> credential(URIish uri) {
        if (environmentUser != null && environmentPassword != null) {
            return Optional.of(new Credential(uri.getScheme(), uri.getHost(), null, environmentUser, environmentPassword));
        }
        Credential known = answered.get(key(uri));
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Optional<Credential> filled = helpers.fill(uri);
            filled.ifPresent(credential -> answered.put(key(uri), credential));
            return filled;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttp(URIish uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static String key(URIish uri) {
        return uri.getScheme() + "://" + uri.getUser() + "@" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getPath();
    }
}
