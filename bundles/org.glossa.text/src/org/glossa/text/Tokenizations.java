package org.glossa.text;

import java.util.function.Consumer;

/** Where exports get their {@link Tokenization}: one place to change if the tokenizer ever changes. */
public final class Tokenizations {
    private Tokenizations() {
    }

    /** The ICU4J tokenization (sentence and word break iterators); notes on the token splits it makes go to {@code notes}. */
    public static Tokenization icu(Consumer<String> notes) {
        return new IcuTokenization(notes);
    }

    /** The same, keeping each text's tokens in {@code memo} for the next tokenization of that text. */
    public static Tokenization icu(Consumer<String> notes, TokenMemo memo) {
        return new IcuTokenization(notes, memo);
    }
}
