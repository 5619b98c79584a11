package org.glossa.core.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A document as another tool's file describes it, before it is matched to a project's document.
 *
 * @param id        the document's id as the file gives it (brat: the file's base name; doccano: its id or
 *                  null), or null
 * @param text      the text the offsets refer to, when the format carries it (doccano, span JSONL, CoNLL
 *                  rebuilt from tokens, Label Studio); for brat the text of the {@code .txt} file
 * @param spans     the spans with UTF-16 offsets into {@code text}, already converted from the format's
 *                  convention (e.g. code points)
 * @param links     links between spans, by the spans' keys
 * @param metadata  anything else the file says about the document (kept as document metadata when the
 *                  document is created)
 * @param file      the file it came from, for messages
 * @param annotated whether the file says which spans the document has, even if none: an empty brat {@code .ann},
 *                  a record with an empty span list, an all-{@code O} CoNLL document. Such a document gets an
 *                  annotation set ("nothing to mark here"). False when the file only carries the text (a Label
 *                  Studio task nobody annotated): the document gets no set, since nobody looked at it.
 */
public record ReadDocument(String id, String text, List<ReadSpan> spans, List<ReadLink> links,
        Map<String, String> metadata, Path file, boolean annotated) {

    /** A document whose spans the file gives (possibly none). */
    public ReadDocument(String id, String text, List<ReadSpan> spans, List<ReadLink> links, Map<String, String> metadata,
            Path file) {
        this(id, text, spans, links, metadata, file, true);
    }

    /**
     * @param key        unique within the document (brat {@code T3}, doccano entity id, ...)
     * @param type       the label or layer name as written in the file (e.g. {@code PER}, {@code Quote})
     * @param begin      UTF-16 offset, inclusive
     * @param end        UTF-16 offset, exclusive
     * @param attributes attribute values (brat {@code A} lines, Label Studio choices, ...)
     * @param note       a note ({@code #} lines), or null
     * @param line       the line of the file that defined it (1-based, 0 when unknown), for messages
     * @param attributeLines the lines that gave attributes, by attribute name, where they differ from {@code line}
     *                   (brat {@code A} lines), for messages
     */
    public record ReadSpan(String key, String type, int begin, int end, Map<String, String> attributes, String note,
            int line, Map<String, Integer> attributeLines) {

        public ReadSpan(String key, String type, int begin, int end, Map<String, String> attributes, String note, int line) {
            this(key, type, begin, end, attributes, note, line, Map.of());
        }

        /** The same span at other offsets (moved into another form of the text). */
        public ReadSpan at(int newBegin, int newEnd) {
            return new ReadSpan(key, type, newBegin, newEnd, attributes, note, line, attributeLines);
        }

        /** The line that gave the attribute's value: its own line when known, else the span's. */
        public int attributeLine(String attribute) {
            return attributeLines == null ? line : attributeLines.getOrDefault(attribute, line);
        }
    }

    /**
     * @param type the relation type as written (e.g. {@code Speaker}, {@code Claimant}, {@code said_by})
     * @param from the key of the source span (the quote or claim)
     * @param to   the key of the target span (the speaker or claimant)
     */
    public record ReadLink(String type, String from, String to, int line) {
    }
}
