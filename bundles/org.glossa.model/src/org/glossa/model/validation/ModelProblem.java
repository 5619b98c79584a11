package org.glossa.model.validation;

/**
 * One reason a model is invalid.
 *
 * @param where   a human-readable path to the offending element, e.g. {@code doc-7/alice span s12}
 * @param message what is wrong
 */
public record ModelProblem(String where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
