package org.glossa.team.access;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/** Keys made by a test: a user's key pair in a home's {@code .ssh} and the server's line in its {@code known_hosts}. */
final class SshKeys {
    private SshKeys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the key as {@code home/.ssh/id_rsa} (OpenSSH format, no passphrase, owner-only as ssh wants it). */
    static Path writeIdentity(Path home, KeyPair key) throws IOException {
        Path file = sshFolder(home).resolve("id_rsa");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            new OpenSSHKeyPairResourceWriter().writePrivateKey(key, "glossa-test", null, out);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        return file;
    }

    /** Adds the server's host key to {@code home/.ssh/known_hosts} for 127.0.0.1 at the port. */
    static void trustHost(Path home, int port, PublicKey hostKey) throws IOException {
        String line = "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey) + "\n";
        Files.writeString(sshFolder(home).resolve("known_hosts"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static Path sshFolder(Path home) throws IOException {
        return Files.createDirectories(home.resolve(".ssh"));
    }
}
