package org.glossa.io.article;

/** Text decoded from a file's bytes, with the name of the charset that was used. */
record DecodedText(String text, String charset) {
}
