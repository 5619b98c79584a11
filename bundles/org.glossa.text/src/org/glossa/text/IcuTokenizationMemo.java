package org.glossa.text;

import java.util.Arrays;

/**
 * The bytes an {@link IcuTokenization} gives a {@link TokenMemo}: the word tokens of a body region and, when they
 * were computed on exactly those tokens, the sentence breaks. Offsets are stored as gaps and lengths (varints),
 * about two bytes a token. Decoding checks that the tokens fit the text they are used for (in the body, in order,
 * not empty, not beginning or ending with white space) and refuses anything else.
 */
final class IcuTokenizationMemo {
    private static final int WITH_BREAKS = 1;

    /** Decoded tokens, and the sentence break before each of them (null when not remembered). */
    record Base(IcuTokenizationTokens tokens, boolean[] breakBefore) {
    }

    private IcuTokenizationMemo() {
    }

    static byte[] encode(TextRegion body, IcuTokenizationTokens tokens, boolean[] breakBefore) {
        Bytes out = new Bytes(tokens.size() * 3 + (tokens.size() >> 3) + 16);
        writeVarint(out, tokens.size());
        out.write(breakBefore == null ? 0 : WITH_BREAKS);
        int previous = body.begin();
        for (int i = 0; i < tokens.size(); i++) {
            writeVarint(out, tokens.begin(i) - previous);
            writeVarint(out, tokens.end(i) - tokens.begin(i));
            previous = tokens.end(i);
        }
        if (breakBefore != null) {
            int bits = 0;
            for (int i = 0; i < breakBefore.length; i++) {
                if (breakBefore[i]) {
                    bits |= 1 << (i & 7);
                }
                if ((i & 7) == 7 || i == breakBefore.length - 1) {
                    out.write(bits);
                    bits = 0;
                }
            }
        }
        return out.toArray();
    }

    /** The tokens and breaks in {@code bytes}, or null when they do not fit {@code text} and {@code body}. */
    static Base decode(byte[] bytes, String text, TextRegion body) {
        try {
            int[] position = { 0 };
            int count = readVarint(bytes, position);
            if (count < 0 || count > body.end() - body.begin()) {
                return null;
            }
            int flags = bytes[position[0]++];
            IcuTokenizationTokens tokens = new IcuTokenizationTokens(count);
            int previous = body.begin();
            for (int i = 0; i < count; i++) {
                int begin = previous + readVarint(bytes, position);
                int end = begin + readVarint(bytes, position);
                if (begin < previous || end <= begin || end > body.end() || Character.isWhitespace(text.charAt(begin))
                        || Character.isWhitespace(text.charAt(end - 1))) {
                    return null;
                }
                tokens.add(begin, end);
                previous = end;
            }
            boolean[] breakBefore = null;
            if ((flags & WITH_BREAKS) != 0) {
                breakBefore = new boolean[count];
                for (int i = 0; i < count; i++) {
                    breakBefore[i] = (bytes[position[0] + (i >> 3)] & (1 << (i & 7))) != 0;
                }
                position[0] += (count + 7) >> 3;
                if (count > 0 && !breakBefore[0]) {
                    return null;
                }
            }
            return position[0] == bytes.length ? new Base(tokens, breakBefore) : null;
        } catch (ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
            return null; // cut short or foreign
        }
    }

    private static void writeVarint(Bytes out, int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    /** A growable byte array: ByteArrayOutputStream synchronizes every byte, and a memo has a few bytes a token. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int expected) {
            bytes = new byte[expected];
        }

        void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2 + 16);
            }
            bytes[size++] = (byte) b;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    private static int readVarint(byte[] bytes, int[] position) {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = bytes[position[0]++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return -1;
    }
}
