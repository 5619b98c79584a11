package org.glossa.core.format;

/** Where exports get their {@link Tokenization}: one place to change if the tokenizer ever changes. */
public final class Tokenizations {
    private Tokenizations() {
    }

    /** The ICU4J tokenization (sentence and word break iterators); the token splits it makes go to {@code report}. */
    public static Tokenization icu(ExportReport report) {
        return new IcuTokenization(report);
    }
}
