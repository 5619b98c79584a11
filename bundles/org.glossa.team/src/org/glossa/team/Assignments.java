package org.glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.glossa.core.storage.AtomicFiles;
import org.glossa.team.merge.TeamJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which annotators a curator asked to annotate which documents ({@code team/assignments.json}, written by curators,
 * merged by document when two curators assign at once). Assignments order an annotator's work; they never hide a
 * document nor keep anyone from annotating it.
 */
public final class Assignments {
    private final SortedMap<String, List<String>> byDocument;

    private Assignments(SortedMap<String, List<String>> byDocument) {
        this.byDocument = byDocument;
    }

    public static Assignments none() {
        return new Assignments(new TreeMap<>());
    }

    /** The working copy's assignments; none when the curator has made none. */
    public static Assignments read(Path project) throws IOException {
        Path file = project.resolve(TeamFiles.ASSIGNMENTS);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        JsonNode root = TeamJson.read(TeamFiles.ASSIGNMENTS, "this working copy's version", Files.readAllBytes(file));
        SortedMap<String, List<String>> byDocument = new TreeMap<>();
        root.path("documents").properties().forEach(entry -> {
            List<String> annotators = new ArrayList<>();
            entry.getValue().forEach(name -> annotators.add(name.asText()));
            byDocument.put(entry.getKey(), List.copyOf(annotators));
        });
        return new Assignments(byDocument);
    }

    public void write(Path project) throws IOException {
        ObjectNode root = TeamJson.mapper().createObjectNode();
        ObjectNode documents = root.putObject("documents");
        byDocument.forEach((document, annotators) -> {
            ArrayNode names = documents.putArray(document);
            annotators.forEach(names::add);
        });
        Path file = project.resolve(TeamFiles.ASSIGNMENTS);
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, TeamJson.write(root));
    }

    public List<String> annotatorsOf(String document) {
        return byDocument.getOrDefault(document, List.of());
    }

    public boolean isAssigned(String document, String annotator) {
        return annotatorsOf(document).contains(annotator);
    }

    public List<String> documentsOf(String annotator) {
        return byDocument.entrySet().stream().filter(e -> e.getValue().contains(annotator)).map(Map.Entry::getKey).toList();
    }

    /** How many documents each annotator has, for the given annotators (those without any count 0). */
    public Map<String, Integer> load(List<String> annotators) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        annotators.forEach(name -> counts.put(name, 0));
        byDocument.values().forEach(names -> names.forEach(name -> counts.computeIfPresent(name, (n, c) -> c + 1)));
        return counts;
    }

    /**
     * These documents, each to {@code perDocument} of the annotators, balanced: each document goes to the annotators
     * with the fewest documents so far (counting the assignments of other documents), ties broken by a rotation so
     * that pairs vary. The documents' earlier assignments are replaced; other documents keep theirs.
     */
    public Assignments assign(List<String> documents, List<String> annotators, int perDocument) {
        if (perDocument < 1 || perDocument > annotators.size()) {
            throw new IllegalArgumentException("--per-document must be between 1 and the number of annotators ("
                    + annotators.size() + "), not " + perDocument);
        }
        SortedMap<String, List<String>> next = new TreeMap<>(byDocument);
        documents.forEach(next::remove);
        Map<String, Integer> counts = new Assignments(next).load(annotators);
        int n = annotators.size();
        for (int d = 0; d < documents.size(); d++) {
            int shift = d % n;
            List<String> order = new ArrayList<>(annotators);
            order.sort(Comparator.comparingInt((String name) -> counts.get(name))
                    .thenComparingInt(name -> Math.floorMod(annotators.indexOf(name) - shift, n)));
            List<String> chosen = new ArrayList<>(order.subList(0, perDocument));
            chosen.sort(Comparator.comparingInt(annotators::indexOf));
            chosen.forEach(name -> counts.merge(name, 1, Integer::sum));
            next.put(documents.get(d), List.copyOf(chosen));
        }
        return new Assignments(next);
    }

    public int size() {
        return byDocument.size();
    }
}
