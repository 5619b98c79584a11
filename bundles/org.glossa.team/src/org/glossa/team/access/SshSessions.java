package org.glossa.team.access;

import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.ServiceLoader;

import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit's Apache MINA sshd client as a user's {@code ssh} would connect: keys from {@code ~/.ssh} (id_ed25519, id_ecdsa,
 * id_rsa, ... and {@code IdentityFile} of {@code ~/.ssh/config}), host keys checked against
 * {@code ~/.ssh/known_hosts}, and a running ssh-agent ({@code SSH_AUTH_SOCK}, or {@code IdentityAgent} in the config).
 * <p>
 * Unknown host keys: {@code StrictHostKeyChecking} of {@code ~/.ssh/config} decides, as for ssh. Unset, it is ssh's
 * {@code ask}; a Glossa command has no one to ask, so the connection is refused with one line that says how to trust
 * the host: connect once with {@code ssh} (which asks and writes {@code known_hosts}), or set
 * {@code StrictHostKeyChecking accept-new} for the host in {@code ~/.ssh/config} (JGit then adds the key to an existing
 * {@code ~/.ssh/known_hosts}; it would ask before creating the file, and no one answers, so the host is trusted for
 * that connection only until the file exists). A changed host key is always refused.
 * <p>
 * The agent: the connector of JGit's agent fragment ({@code org.eclipse.jgit.ssh.apache.agent}, JNA) is found with the
 * class loader of JGit's sshd bundle, which holds its fragments: JGit's own lookup goes through the thread's context
 * class loader, which in OSGi need not see the fragment.
 */
public final class SshSessions {
    private SshSessions() {
    }

    /** A session factory for a home folder and an environment ({@code SSH_AUTH_SOCK} is taken from it). */
    public static SshdSessionFactory create(File home, Map<String, String> environment) {
        SshdSessionFactoryBuilder builder = new SshdSessionFactoryBuilder().setHomeDirectory(home)
                .setSshDirectory(new File(home, ".ssh"));
        ConnectorFactory agent = agentConnectors(environment.get("SSH_AUTH_SOCK"));
        if (agent != null) {
            builder.setConnectorFactory(agent);
        }
        return builder.build(new JGitKeyCache());
    }

    /**
     * The agent connectors of JGit's agent fragment for the agent socket of an environment, or {@code null} when the
     * fragment is not installed or not supported here.
     */
    static ConnectorFactory agentConnectors(String agentSocket) {
        for (ConnectorFactory factory : ServiceLoader.load(ConnectorFactory.class, ConnectorFactory.class.getClassLoader())) {
            if (factory.isSupported()) {
                return new EnvironmentAgent(factory, agentSocket == null || agentSocket.isEmpty() ? null : agentSocket);
            }
        }
        return null;
    }

    /**
     * JGit reads SSH_AUTH_SOCK from the process: this one takes the socket of the access's environment, and no agent
     * when that has none (outside Windows, whose agent, Pageant, needs no socket).
     */
    private record EnvironmentAgent(ConnectorFactory delegate, String socket) implements ConnectorFactory {
        @Override
        public Connector create(String identityAgent, File homeDir) throws IOException {
            boolean fromEnvironment = identityAgent == null || identityAgent.isEmpty()
                    || "SSH_AUTH_SOCK".equals(identityAgent);
            if (!fromEnvironment) {
                return delegate.create(identityAgent, homeDir);
            }
            if (socket == null && !SystemReader.getInstance().isWindows()) {
                return new NoAgent();
            }
            return delegate.create(socket, homeDir);
        }

        @Override
        public boolean isSupported() {
            return delegate.isSupported();
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public Collection<ConnectorDescriptor> getSupportedConnectors() {
            return delegate.getSupportedConnectors();
        }

        @Override
        public ConnectorDescriptor getDefaultConnector() {
            return delegate.getDefaultConnector();
        }
    }

    /** No agent to talk to: JGit then offers only the key files. */
    private static final class NoAgent implements Connector {
        @Override
        public boolean connect() {
            return false;
        }

        @Override
        public byte[] rpc(byte command, byte[] message) throws IOException {
            throw new IOException("no ssh-agent (SSH_AUTH_SOCK is not set)");
        }

        @Override
        public void close() {
            // nothing was opened
        }
    }
}
