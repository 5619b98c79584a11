package org.glossa.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One golden-file case: a folder {@code golden/<case>/} of a format test fragment with {@code case.properties},
 * the files to import ({@code input/}) and the files the export must write ({@code expected/}).
 * <p>
 * {@code case.properties} keys: {@code covers} (what the case is about, one line), {@code import} (the format
 * that reads {@code input/}), {@code export} (the format that writes, default the import format), {@code layers}
 * (comma-separated, default: the format decides), {@code option.<name>} (export options), {@code roundtrip}
 * ({@code model}, the default: importing the export gives the same annotations; {@code files}: for token formats
 * whose export re-tokenizes the text, exporting the re-imported project writes the same files again),
 * {@code normalise} and {@code normalise.as} (a regular expression whose matches in the written files are
 * replaced by the given text before the comparison, for values such as creation times that differ per run).
 */
public record GoldenCase(Path folder, String covers, String importFormat, String exportFormat, List<String> layers,
        Map<String, String> options, boolean sameModel, Pattern normalise, String normalisedAs) {

    /** The case folders under a fragment's {@code golden/} folder, sorted by name; fails when there are none. */
    public static List<GoldenCase> all(String fragment) {
        Path golden = Fixtures.golden(fragment);
        try (Stream<Path> folders = Files.list(golden)) {
            List<GoldenCase> cases = folders.filter(Files::isDirectory).sorted().map(GoldenCase::read).toList();
            if (cases.isEmpty()) {
                throw new IllegalStateException("no golden cases in " + golden);
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the golden cases in " + golden, e);
        }
    }

    static GoldenCase read(Path folder) {
        Properties properties = new Properties();
        Path file = folder.resolve("case.properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String covers = required(properties, "covers", file);
        String importFormat = required(properties, "import", file);
        String exportFormat = properties.getProperty("export", importFormat).strip();
        String layerList = properties.getProperty("layers", "").strip();
        List<String> layers = layerList.isEmpty() ? List.of()
                : Arrays.stream(layerList.split(",")).map(String::strip).toList();
        Map<String, String> options = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("option.")) {
                options.put(key.substring("option.".length()), properties.getProperty(key).strip());
            }
        }
        String roundTrip = properties.getProperty("roundtrip", "model").strip();
        if (!roundTrip.equals("model") && !roundTrip.equals("files")) {
            throw new IllegalStateException(file + ": roundtrip is 'model' or 'files', not '" + roundTrip + "'");
        }
        String normalise = properties.getProperty("normalise", "").strip();
        return new GoldenCase(folder, covers, importFormat, exportFormat, layers, Map.copyOf(options),
                roundTrip.equals("model"), normalise.isEmpty() ? null : Pattern.compile(normalise),
                properties.getProperty("normalise.as", "").strip());
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " has no '" + key + "'");
        }
        return value.strip();
    }

    public String name() {
        return folder.getFileName().toString();
    }

    public Path input() {
        return folder.resolve("input");
    }

    public Path expected() {
        return folder.resolve("expected");
    }

    /** The text with every match of {@link #normalise()} replaced by {@link #normalisedAs()}. */
    public String normalised(String text) {
        return normalise == null ? text : normalise.matcher(text).replaceAll(Matcher.quoteReplacement(normalisedAs));
    }

    /** The case's name and what it covers, as the parameterized test shows it. */
    @Override
    public String toString() {
        return name() + " (" + covers + ")";
    }
}
