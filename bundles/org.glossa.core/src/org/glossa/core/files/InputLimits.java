package org.glossa.core.files;

/**
 * The one size limit of a text entering a project, whatever the format, and the line bound of line-based readers.
 * Checked before a file is read into memory (by its size) or while it is streamed, so that a mis-picked dump is
 * refused with its name instead of exhausting memory.
 */
public final class InputLimits {
    /** UTF-8 bytes of one document's text (or one file that is one document): far above any article. */
    public static final long MAX_TEXT_BYTES = 32L * 1024 * 1024;
    /** Characters of one line of a line-based file (brat {@code .ann}, CoNLL): far above any sentence or note. */
    public static final int MAX_LINE_CHARS = 1024 * 1024;

    private InputLimits() {
    }

    /** "32 MiB", for messages. */
    public static String textLimit() {
        return mebibytes(MAX_TEXT_BYTES);
    }

    public static String lineLimit() {
        return mebibytes(MAX_LINE_CHARS) + " characters";
    }

    /** Why a file of {@code size} bytes that holds one document is refused, or null when it is within the limit. */
    public static String fileTooLarge(long size) {
        return size > MAX_TEXT_BYTES ? "too large: " + size + " bytes, over the limit of " + textLimit() + " for a text"
                : null;
    }

    /** Throws when a text is over the limit; {@code what} names it (a file, a document). */
    public static void checkText(String what, CharSequence text) throws TextTooLargeException {
        long bytes = utf8Length(text);
        if (bytes > MAX_TEXT_BYTES) {
            throw new TextTooLargeException(what + ": text of " + bytes + " bytes is over the limit of " + textLimit());
        }
    }

    /** The UTF-8 length of a text without encoding it. */
    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The 1-based number of the first line of {@code text} longer than {@link #MAX_LINE_CHARS}, or 0. */
    public static int firstLongLine(String text) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > MAX_LINE_CHARS) {
                return line;
            }
            start = end + 1;
            line++;
        }
        return 0;
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
