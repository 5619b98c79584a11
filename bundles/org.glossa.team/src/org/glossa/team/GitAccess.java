package org.glossa.team;

import java.io.File;
import java.util.Map;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * How Glossa reaches a team's remote: SSH through JGit's Apache MINA sshd client with the user's keys from
 * {@code ~/.ssh}; HTTPS with a user name and password (or token) from the environment. Credentials are taken from the
 * user's environment for each connection and never written into the project.
 */
public final class GitAccess {
    /** Environment variables for HTTPS: a user name and a password or access token. */
    public static final String USERNAME = "GLOSSA_GIT_USERNAME";
    public static final String PASSWORD = "GLOSSA_GIT_PASSWORD";

    private final File home;
    private final Map<String, String> environment;
    private SshSessionFactory ssh;

    private GitAccess(File home, Map<String, String> environment) {
        this.home = home;
        this.environment = environment;
    }

    /** The user's: home folder (for ~/.ssh) and environment. */
    public static GitAccess ofUser() {
        return new GitAccess(FS.DETECTED.userHome(), System.getenv());
    }

    /** For tests and embedding: another home folder (its .ssh) and environment. */
    public static GitAccess of(File home, Map<String, String> environment) {
        return new GitAccess(home, Map.copyOf(environment));
    }

    /** Configures a fetch, push, clone or ls-remote command to use this access. */
    public <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport sshTransport) {
                sshTransport.setSshSessionFactory(ssh());
            }
        });
        CredentialsProvider credentials = credentials();
        if (credentials != null) {
            command.setCredentialsProvider(credentials);
        }
        return command;
    }

    private synchronized SshSessionFactory ssh() {
        if (ssh == null) {
            ssh = new SshdSessionFactoryBuilder().setHomeDirectory(home).setSshDirectory(new File(home, ".ssh"))
                    .build(new JGitKeyCache());
        }
        return ssh;
    }

    private CredentialsProvider credentials() {
        String user = environment.get(USERNAME);
        String password = environment.get(PASSWORD);
        if (user == null || password == null) {
            return null;
        }
        return new UsernamePasswordCredentialsProvider(user, password);
    }
}
