package org.glossa.team.access;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of git's credential protocol: what a request names (protocol, host with its port, path, user name)
 * and what a helper answers (user name, password). {@link #toString()} never shows the password.
 */
public record Credential(String protocol, String host, String path, String username, String password) {
    /** With a helper's answer laid over: the fields it gave replace these. */
    Credential with(Map<String, String> answer) {
        return new Credential(answer.getOrDefault("protocol", protocol), answer.getOrDefault("host", host),
                answer.getOrDefault("path", path), answer.getOrDefault("username", username),
                answer.getOrDefault("password", password));
    }

    Credential withoutPassword() {
        return new Credential(protocol, host, path, username, null);
    }

    boolean complete() {
        return username != null && password != null;
    }

    /** The lines a helper reads on its standard input (the fields that are set), ending with a blank line. */
    String request() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("protocol", protocol);
        fields.put("host", host);
        fields.put("path", path);
        fields.put("username", username);
        fields.put("password", password);
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                text.append(key).append('=').append(value).append('\n');
            }
        });
        return text.append('\n').toString();
    }

    @Override
    public String toString() {
        return "Credential[" + protocol + "://" + (username == null ? "" : username + "@") + host
                + (path == null ? "" : "/" + path) + (password == null ? "" : ", with a password") + "]";
    }
}
