package org.glossa.io.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.glossa.core.format.AnnotationImportException;
import org.glossa.core.format.ReadDocument.ReadLink;
import org.glossa.core.format.ReadDocument.ReadSpan;
import org.glossa.text.CodePoints;

/**
 * Parses one {@code .ann} file against its text (as brat reads it: code point offsets, every {@code T} line's
 * text checked against the document) into spans and links. See {@link BratFormat} for what each line becomes.
 * Not thread-safe: one per file.
 */
final class BratAnnFile {
    /** brat's id syntax (annotation.py): letters or '#' plus letters, then digits, then anything. */
    private static final Pattern ID = Pattern.compile("([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*)");
    private static final String NOTES = "AnnotatorNotes";
    static final String NORMALIZATION = "normalization";

    record Result(List<ReadSpan> spans, List<ReadLink> links, List<String> warnings) {
    }

    /** One line of the file: its kind ('T', 'R', 'E', 'A', 'N', '#', '*'), id, the text between the TABs, the tail. */
    private record Line(int number, char kind, String id, String data, String tail) {
    }

    private static final class SpanBuilder {
        final String type;
        final int begin;
        final int end;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, Integer> attributeLines = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        SpanBuilder(String type, int begin, int end, int line) {
            this.type = type;
            this.begin = begin;
            this.end = end;
            this.line = line;
        }
    }

    private final Path file;
    private final Path textFile;
    private final String text;
    private final CodePoints codePoints;
    private final boolean lenient;
    private final Map<String, SpanBuilder> spans = new LinkedHashMap<>();
    private final Set<String> otherIds = new HashSet<>(); // R and E ids: valid targets of nothing Glossa keeps
    private final Set<String> skippedSpans = new HashSet<>();
    private final List<ReadLink> links = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    BratAnnFile(Path file, Path textFile, String text, boolean lenient) {
        this.file = file;
        this.textFile = textFile;
        this.text = text;
        this.codePoints = CodePoints.of(text);
        this.lenient = lenient;
    }

    Result parse(String content) throws AnnotationImportException {
        List<Line> lines = split(content);
        for (Line line : lines) {
            if (line.kind() == 'T') {
                textBound(line);
            } else if (line.kind() == 'R' || line.kind() == 'E') {
                otherIds.add(line.id());
            }
        }
        for (Line line : lines) {
            switch (line.kind()) {
                case 'T' -> {
                    // done above: every other line may refer to any T line, before or after it
                }
                case 'R' -> relation(line);
                case 'E' -> unsupported(line, "brat events (E lines) are not supported: Glossa has spans and links, no events");
                case 'A', 'M' -> attribute(line);
                case 'N' -> normalization(line);
                case '#' -> note(line);
                case '*' -> warnings.add(where(line) + "equivalence lines (*) are not imported: \"" + line.data() + "\"");
                default -> throw new AnnotationImportException(file, line.number(), "unknown annotation kind '" + line.kind()
                        + "' in id " + line.id() + ": brat has T, R, E, A, M, N, # and * lines");
            }
        }
        List<ReadSpan> result = new ArrayList<>();
        // File order, not Map.copyOf's per-run order: stored files and exports must not change from run to run.
        spans.forEach((id, span) -> result.add(new ReadSpan(id, span.type, span.begin, span.end, inOrder(span.attributes),
                span.notes.isEmpty() ? null : String.join("\n", span.notes), span.line, inOrder(span.attributeLines))));
        result.sort(Comparator.comparingInt(ReadSpan::line));
        return new Result(result, List.copyOf(links), List.copyOf(warnings));
    }

    private static <V> Map<String, V> inOrder(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private List<Line> split(String content) throws AnnotationImportException {
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] raw = content.split("\n", -1);
        for (int index = 0; index < raw.length; index++) {
            int number = index + 1;
            String line = raw[index].endsWith("\r") ? raw[index].substring(0, raw[index].length() - 1) : raw[index];
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new AnnotationImportException(file, number, "no TAB after the annotation id: \"" + shorten(line) + "\"");
            }
            String id = line.substring(0, tab);
            String rest = line.substring(tab + 1);
            int secondTab = rest.indexOf('\t');
            String data = secondTab < 0 ? rest : rest.substring(0, secondTab);
            String tail = secondTab < 0 ? null : rest.substring(secondTab + 1);
            if (id.equals("*")) {
                lines.add(new Line(number, '*', id, data, tail));
                continue;
            }
            if (!ID.matcher(id).matches()) {
                throw new AnnotationImportException(file, number, "\"" + id + "\" is not a brat annotation id (T1, R2, #3, ...)");
            }
            Integer first = seen.putIfAbsent(id, number);
            if (first != null) {
                throw new AnnotationImportException(file, number, "id " + id + " is used twice (first on line " + first + ")");
            }
            lines.add(new Line(number, id.charAt(0), id, data, tail));
        }
        return lines;
    }

    private void textBound(Line line) throws AnnotationImportException {
        int space = line.data().indexOf(' ');
        if (space <= 0) {
            throw syntax(line, "a T line needs TYPE START END");
        }
        String type = line.data().substring(0, space);
        List<int[]> fragments = new ArrayList<>();
        for (String pair : line.data().substring(space + 1).split(";", -1)) {
            String[] numbers = pair.strip().split(" ");
            if (numbers.length != 2) {
                throw syntax(line, "offsets \"" + pair + "\" are not START END");
            }
            fragments.add(new int[] { offset(line, numbers[0]), offset(line, numbers[1]) });
        }
        StringBuilder reference = new StringBuilder();
        StringBuilder oldStyle = new StringBuilder(); // brat before 1.3 joined fragments without spaces
        for (int[] fragment : fragments) {
            if (fragment != fragments.get(0)) {
                reference.append(' ');
            }
            if (fragment[0] > fragment[1]) {
                throw syntax(line, "start " + fragment[0] + " is after end " + fragment[1]);
            }
            if (fragment[1] > codePoints.codePointLength()) {
                throw new AnnotationImportException(file, line.number(), line.id() + ": offset " + fragment[1]
                        + " is past the end of " + textFile.getFileName() + " (" + codePoints.codePointLength() + " characters)");
            }
            fragment[0] = codePoints.toUtf16(fragment[0]);
            fragment[1] = codePoints.toUtf16(fragment[1]);
            String fragmentText = text.substring(fragment[0], fragment[1]);
            reference.append(fragmentText);
            oldStyle.append(fragmentText);
        }
        checkReferenceText(line, reference.toString(), oldStyle.toString());
        fragments.sort(Comparator.comparingInt(f -> f[0]));
        for (int k = 1; k < fragments.size(); k++) {
            if (fragments.get(k)[0] < fragments.get(k - 1)[1]) {
                throw syntax(line, "fragments overlap");
            }
            String gap = text.substring(fragments.get(k - 1)[1], fragments.get(k)[0]);
            if (!gap.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                skippedSpans.add(line.id());
                unsupported(line, "discontinuous span \"" + shorten(reference.toString()) + "\" has text between its fragments (\""
                        + shorten(gap) + "\"): Glossa spans are contiguous; fragments separated only by white space or line"
                        + " breaks are read as one span");
                return;
            }
        }
        spans.put(line.id(), new SpanBuilder(type, fragments.get(0)[0], fragments.get(fragments.size() - 1)[1], line.number()));
    }

    /** brat's rule: the tail starts with the reference text; anything after it must be separated by white space. */
    private void checkReferenceText(Line line, String reference, String oldStyle) throws AnnotationImportException {
        String tail = line.tail();
        if (tail == null || tail.isEmpty()) {
            return; // brat fills a missing text from the document
        }
        for (String expected : new String[] { reference, oldStyle }) {
            if (tail.startsWith(expected) && (tail.length() == expected.length() || Character.isWhitespace(tail.charAt(expected.length())))) {
                return;
            }
        }
        throw new AnnotationImportException(file, line.number(), line.id() + ": the text \"" + shorten(tail)
                + "\" does not match " + textFile.getFileName() + " at " + line.data().substring(line.data().indexOf(' ') + 1)
                + ", which holds \"" + shorten(reference) + "\"");
    }

    private void relation(Line line) throws AnnotationImportException {
        String[] parts = line.data().strip().split("\\s+");
        if (parts.length != 3) {
            throw syntax(line, "a relation needs TYPE ROLE:ID ROLE:ID");
        }
        String[] targets = new String[2];
        for (int k = 0; k < 2; k++) {
            int colon = parts[k + 1].indexOf(':');
            if (colon <= 0 || colon == parts[k + 1].length() - 1) {
                throw syntax(line, "argument \"" + parts[k + 1] + "\" is not ROLE:ID");
            }
            targets[k] = parts[k + 1].substring(colon + 1);
        }
        for (String target : targets) {
            if (!spans.containsKey(target)) {
                if (skip(line, target, "relations between events are")) {
                    return;
                }
            }
        }
        links.add(new ReadLink(parts[0], targets[0], targets[1], line.number()));
    }

    private void attribute(Line line) throws AnnotationImportException {
        String[] parts = line.data().strip().split(" ", 3);
        if (parts.length < 2) {
            throw syntax(line, "an attribute needs NAME ID [VALUE]");
        }
        SpanBuilder span = spans.get(parts[1]);
        if (span == null) {
            skip(line, parts[1], "attributes of events and relations are");
            return;
        }
        put(span, parts[0], parts.length == 3 ? parts[2] : "true", line);
    }

    private void normalization(Line line) throws AnnotationImportException {
        String[] parts = line.data().strip().split(" ");
        if (parts.length != 3 || parts[2].indexOf(':') <= 0) {
            throw syntax(line, "a normalization needs TYPE ID DATABASE:KEY");
        }
        SpanBuilder span = spans.get(parts[1]);
        if (span == null) {
            skip(line, parts[1], "normalizations of events and relations are");
            return;
        }
        String previous = span.attributes.get(NORMALIZATION);
        span.attributes.put(NORMALIZATION, previous == null ? parts[2] : previous + " " + parts[2]);
    }

    private void note(Line line) throws AnnotationImportException {
        String[] parts = line.data().strip().split("\\s+");
        if (parts.length != 2) {
            throw syntax(line, "a note needs TYPE ID, a TAB and the text");
        }
        SpanBuilder span = spans.get(parts[1]);
        if (span == null) {
            skip(line, parts[1], "notes on events and relations are");
            return;
        }
        String noteText = line.tail() == null ? "" : line.tail();
        if (parts[0].equals(NOTES)) {
            span.notes.add(noteText);
        } else {
            put(span, parts[0], noteText, line); // Glossa writes free-text attributes this way
        }
    }

    private void put(SpanBuilder span, String name, String value, Line line) throws AnnotationImportException {
        Integer first = span.attributeLines.putIfAbsent(name, line.number());
        if (first != null) {
            throw new AnnotationImportException(file, line.number(), "attribute " + name + " of " + line.data().strip().split(" ")[1]
                    + " is given twice (first on line " + first + ")");
        }
        span.attributes.put(name, value);
    }

    /**
     * A line refers to something that is not a span Glossa keeps: an event or relation (unsupported: error, or
     * skipped when lenient), a span skipped before (skipped with it), or nothing at all (error).
     *
     * @return true when the line is skipped
     */
    private boolean skip(Line line, String target, String unsupportedWhat) throws AnnotationImportException {
        if (skippedSpans.contains(target)) {
            warnings.add(where(line) + line.id() + " skipped with " + target);
            return true;
        }
        if (otherIds.contains(target)) {
            unsupported(line, unsupportedWhat + " not supported (" + line.id() + " refers to " + target + ")");
            return true;
        }
        throw new AnnotationImportException(file, line.number(), line.id() + " refers to " + target + ", which is not defined");
    }

    private void unsupported(Line line, String message) throws AnnotationImportException {
        if (!lenient) {
            throw new AnnotationImportException(file, line.number(), message + "; import leniently to skip such lines");
        }
        warnings.add(where(line) + message + "; skipped");
    }

    private int offset(Line line, String number) throws AnnotationImportException {
        try {
            int value = Integer.parseInt(number);
            if (value < 0) {
                throw syntax(line, "negative offset " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw syntax(line, "\"" + number + "\" is not an offset");
        }
    }

    private AnnotationImportException syntax(Line line, String problem) {
        return new AnnotationImportException(file, line.number(), line.id() + ": " + problem + ": \"" + shorten(line.data()) + "\"");
    }

    private String where(Line line) {
        return file + ":" + line.number() + ": ";
    }

    private static String shorten(String text) {
        String oneLine = BratLines.oneLine(text);
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
    }
}
