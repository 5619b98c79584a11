package org.glossa.team;

import java.io.File;
import java.util.Map;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.util.FS;
import org.glossa.team.access.GitCredentials;
import org.glossa.team.access.GitUserConfig;
import org.glossa.team.access.HelperCredentialsProvider;
import org.glossa.team.access.SshSessions;

/**
 * How Glossa reaches a team's remote, with what the user has already set up for git and ssh:
 * <ul>
 * <li>a path or {@code file://} URL: the folder itself;</li>
 * <li>{@code ssh://} and {@code user@host:path}: JGit's Apache MINA sshd client with the keys of {@code ~/.ssh}, its
 * {@code config} and {@code known_hosts}, and a running ssh-agent ({@link SshSessions}: unknown host keys are refused
 * unless {@code ~/.ssh/config} says {@code StrictHostKeyChecking accept-new} or {@code no});</li>
 * <li>{@code https://} and {@code http://}: a user name and password or token from {@link #USERNAME} and
 * {@link #PASSWORD} when both are set, else from the user's git credential helper ({@code credential.helper} of the
 * user's git configuration; {@link GitCredentials}).</li>
 * </ul>
 * Credentials are looked up for each connection and never written into the project, its git configuration or a log.
 */
public final class GitAccess {
    /** Environment variables for HTTPS: a user name and a password or access token. */
    public static final String USERNAME = "GLOSSA_GIT_USERNAME";
    public static final String PASSWORD = "GLOSSA_GIT_PASSWORD";

    private final File home;
    private final Map<String, String> environment;
    private final boolean systemConfig;
    private SshSessionFactory ssh;
    private HelperCredentialsProvider credentials;

    private GitAccess(File home, Map<String, String> environment, boolean systemConfig) {
        this.home = home;
        this.environment = environment;
        this.systemConfig = systemConfig;
    }

    /** The user's: home folder (for ~/.ssh and ~/.gitconfig), environment and the system's git configuration. */
    public static GitAccess ofUser() {
        return new GitAccess(FS.DETECTED.userHome(), System.getenv(), true);
    }

    /**
     * For tests and embedding: another home folder (its .ssh and .gitconfig) and environment; the system's git
     * configuration is not read.
     */
    public static GitAccess of(File home, Map<String, String> environment) {
        return new GitAccess(home, Map.copyOf(environment), false);
    }

    /** Configures a fetch, push, clone or ls-remote command to use this access. */
    public <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport sshTransport) {
                sshTransport.setSshSessionFactory(ssh());
            }
        });
        command.setCredentialsProvider(credentials());
        return command;
    }

    private synchronized SshSessionFactory ssh() {
        if (ssh == null) {
            ssh = SshSessions.create(home, environment);
        }
        return ssh;
    }

    private synchronized HelperCredentialsProvider credentials() {
        if (credentials == null) {
            GitCredentials helpers = new GitCredentials(GitUserConfig.load(home, environment, systemConfig), home,
                    environment);
            credentials = new HelperCredentialsProvider(environment.get(USERNAME), environment.get(PASSWORD), helpers);
        }
        return credentials;
    }
}
