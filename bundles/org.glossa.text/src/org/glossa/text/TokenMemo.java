package org.glossa.text;

/**
 * Keeps what a tokenization computed from a document's text alone (not from its annotations), so that tokenizing
 * the same text again can skip that work. Texts never change under their content hash, so a project can keep
 * these between exports; whatever a memo gives back is checked by the tokenization before it is used, and a memo
 * that gives nothing back only costs the work it would have saved.
 */
public interface TokenMemo {
    /** Remembers nothing. */
    TokenMemo NONE = new TokenMemo() {
        @Override
        public byte[] recall(String documentId, String text, TextRegion body, String version) {
            return null;
        }

        @Override
        public void remember(String documentId, String text, TextRegion body, String version, byte[] memo) {
            // nothing kept
        }
    };

    /**
     * What was remembered for this document's text and body region by a tokenization of this {@code version}, or
     * null. Called from several threads at once.
     */
    byte[] recall(String documentId, String text, TextRegion body, String version);

    /** Remembers {@code memo} for the document's text and body region; failing to keep it is not an error. */
    void remember(String documentId, String text, TextRegion body, String version, byte[] memo);
}
