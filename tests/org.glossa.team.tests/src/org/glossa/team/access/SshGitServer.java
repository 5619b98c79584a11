package org.glossa.team.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git server for tests: Apache MINA sshd on 127.0.0.1 (a free port) that serves the bare repositories of a folder
 * through JGit's {@link UploadPack} and {@link ReceivePack}, as a git host runs {@code git-upload-pack} and
 * {@code git-receive-pack} for an SSH client. Only public-key authentication, with the keys the test allows.
 */
final class SshGitServer implements AutoCloseable {
    private final Path repositories;
    private final KeyPair hostKey = SshKeys.generate();
    private final List<PublicKey> allowed = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final SshServer server = SshServer.setUpDefaultServer();

    SshGitServer(Path repositories) throws IOException {
        this.repositories = repositories;
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> allowed.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> new GitCommand(command));
        server.start();
    }

    void allow(PublicKey key) {
        allowed.add(key);
    }

    int port() {
        return server.getPort();
    }

    PublicKey hostKey() {
        return hostKey.getPublic();
    }

    /** The URL of a repository of the folder, e.g. {@code ssh://git@127.0.0.1:PORT/team.git}. */
    String url(String repository) {
        return "ssh://git@127.0.0.1:" + port() + "/" + repository;
    }

    /** The commands clients ran, in order ("git-upload-pack '/team.git'", ...). */
    List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** One git-upload-pack or git-receive-pack run in its own thread with the channel's streams. */
    private final class GitCommand implements Command {
        private final String line;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String line) {
            this.line = line;
            commands.add(line);
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }

        @Override
        public void start(ChannelSession channel, Environment environment) {
            Thread thread = new Thread(this::run, "test ssh " + line);
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            int space = line.indexOf(' ');
            String program = space < 0 ? line : line.substring(0, space);
            String path = space < 0 ? "" : line.substring(space + 1).replace("'", "").replace("\"", "");
            Path dir = repositories.resolve(path.replaceFirst("^/+", "")).normalize();
            int status = 0;
            try {
                if (!dir.startsWith(repositories) || !Files.isDirectory(dir.resolve("objects"))) {
                    fail("fatal: '" + path + "' does not appear to be a git repository");
                    status = 128;
                } else {
                    try (Repository repository = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true)
                            .build()) {
                        switch (program) {
                            case "git-upload-pack" -> new UploadPack(repository).upload(in, out, err);
                            case "git-receive-pack" -> new ReceivePack(repository).receive(in, out, err);
                            default -> {
                                fail("fatal: unknown command " + program);
                                status = 127;
                            }
                        }
                    }
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                status = 1;
            }
            exit.onExit(status);
        }

        private void fail(String message) throws IOException {
            err.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the thread ends with its streams
        }
    }
}
