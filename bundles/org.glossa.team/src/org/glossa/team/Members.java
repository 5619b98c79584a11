package org.glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.glossa.core.storage.AtomicFiles;
import org.glossa.team.merge.TeamJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The team's members, one file each ({@code team/members/NAME.json}), written only by that member: two people
 * joining at the same time add two files and never touch the same one.
 */
public final class Members {
    private Members() {
    }

    static void write(Path root, String name, Role role) throws IOException {
        ObjectNode member = TeamJson.mapper().createObjectNode();
        member.put("name", name);
        member.put("role", role.word());
        Path file = root.resolve(TeamFiles.memberFile(name));
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, TeamJson.write(member));
    }

    /** Every member's role by name, read from the working copy; a file that does not read is named in the error. */
    public static Map<String, Role> read(Path root) throws IOException {
        Map<String, Role> members = new TreeMap<>();
        Path folder = root.resolve(TeamFiles.MEMBERS);
        if (!Files.isDirectory(folder)) {
            return members;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String relative = TeamFiles.MEMBERS + file.getFileName();
                JsonNode node = TeamJson.read(relative, "this working copy's version", Files.readAllBytes(file));
                try {
                    members.put(node.path("name").asText(), Role.parse(node.path("role").asText()));
                } catch (IllegalArgumentException e) {
                    throw new TeamException(relative + ": " + e.getMessage(), e);
                }
            }
        }
        return members;
    }
}
