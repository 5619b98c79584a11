package org.glossa.core.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;

/** Who holds a project's write lock: recorded in the lock file so that a refused writer can name the holder. */
public record LockHolder(String what, long pid, String host, String user, Instant since) {

    /** This process, holding the lock for {@code what} (e.g. "glossa annotations import") from now on. */
    public static LockHolder thisProcess(String what) {
        return new LockHolder(what, ProcessHandle.current().pid(), hostName(), System.getProperty("user.name", "?"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** "glossa annotations import (pid 4242, ana on host1, since 11:02:13)". */
    public String describe() {
        ZonedDateTime local = since.atZone(ZoneId.systemDefault());
        String time = local.toLocalDate().equals(LocalDate.now())
                ? local.format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                : local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return what + " (pid " + pid + ", " + user + " on " + host + ", since " + time + ")";
    }

    String toFileText() {
        Properties properties = new Properties();
        properties.setProperty("what", what);
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("host", host);
        properties.setProperty("user", user);
        properties.setProperty("since", since.toString());
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Glossa project lock: the process below is changing this project");
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** The holder recorded in a lock file's text, if it is complete (the holder may still be writing it). */
    static Optional<LockHolder> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
            return Optional.of(new LockHolder(properties.getProperty("what"),
                    Long.parseLong(properties.getProperty("pid")), properties.getProperty("host"),
                    properties.getProperty("user"), Instant.parse(properties.getProperty("since"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }
}
