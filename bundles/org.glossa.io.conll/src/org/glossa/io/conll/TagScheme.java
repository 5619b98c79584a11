package org.glossa.io.conll;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.glossa.core.format.ExportException;

/**
 * How token tags mark a span's tokens. See FORMATS.md §0.2: IOB2 (every span starts with B-) is what most
 * tools read; IOB1 (I- everywhere, B- only right after a span of the same label) is original CoNLL-2003;
 * BIOES (S- single token, E- last) is spaCy's BILUO with other letters. OpenNLP reads IOB1 and IOB2.
 */
enum TagScheme {
    IOB2, IOB1, BIOES;

    static TagScheme parse(String value) throws ExportException {
        for (TagScheme scheme : values()) {
            if (scheme.name().toLowerCase(Locale.ROOT).equals(value)) {
                return scheme;
            }
        }
        throw new ExportException("option scheme=" + value + " is not one of iob2, iob1, bioes");
    }

    /** A span's tokens in one sentence, first and last inclusive. */
    record Chunk(int first, int last, String label) {
    }

    /** The tags of a sentence of {@code length} tokens with these non-overlapping chunks (in token order). */
    String[] tags(int length, List<Chunk> chunks) {
        String[] tags = new String[length];
        Arrays.fill(tags, "O");
        Chunk previous = null;
        for (Chunk chunk : chunks) {
            for (int i = chunk.first(); i <= chunk.last(); i++) {
                tags[i] = prefix(chunk, i, previous) + "-" + chunk.label();
            }
            previous = chunk;
        }
        return tags;
    }

    private String prefix(Chunk chunk, int token, Chunk previous) {
        boolean first = token == chunk.first();
        return switch (this) {
            case IOB2 -> first ? "B" : "I";
            case IOB1 -> first && previous != null && previous.last() == token - 1 && previous.label().equals(chunk.label()) ? "B" : "I";
            case BIOES -> chunk.first() == chunk.last() ? "S" : first ? "B" : token == chunk.last() ? "E" : "I";
        };
    }
}
