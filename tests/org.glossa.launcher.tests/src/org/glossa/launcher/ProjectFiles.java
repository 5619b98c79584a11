package org.glossa.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a project folder holds, read straight from its files (not through Glossa), to check other runs' results. */
record ProjectFiles(Path root) {
    private static final Pattern DOCUMENT_ID = Pattern.compile("<documents [^>]*?id=\"([^\"]+)\"");
    private static final Pattern SPAN = Pattern.compile("<spans ");

    /** Ids of the documents project.xmi lists. */
    Set<String> documents() throws IOException {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = DOCUMENT_ID.matcher(Files.readString(root.resolve("project.xmi")));
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    long documentsStartingWith(String prefix) throws IOException {
        return documents().stream().filter(id -> id.startsWith(prefix)).count();
    }

    /** Ids of the text files in texts/. */
    Set<String> texts() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(root.resolve("texts"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .forEach(n -> ids.add(n.substring(0, n.length() - 4)));
        }
        return ids;
    }

    /** The annotator's set files among documents whose id starts with the prefix. */
    List<Path> sets(String documentPrefix, String annotator) throws IOException {
        List<Path> sets = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root.resolve("annotations"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                Path set = dir.resolve(annotator + ".xmi");
                if (dir.getFileName().toString().startsWith(documentPrefix) && Files.isRegularFile(set)) {
                    sets.add(set);
                }
            }
        }
        return sets;
    }

    long spans(String documentPrefix, String annotator) throws IOException {
        long count = 0;
        for (Path set : sets(documentPrefix, annotator)) {
            count += SPAN.matcher(Files.readString(set)).results().count();
        }
        return count;
    }

    /** Temporary files and journal entries: none may remain once no writer runs and a writer has opened the project. */
    List<Path> leftovers() throws IOException {
        Path journal = root.resolve(".glossa/journal");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".glossa-tmp")
                    || f.startsWith(journal) && !f.equals(journal)).toList();
        }
    }
}
