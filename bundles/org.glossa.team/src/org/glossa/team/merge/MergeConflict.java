package org.glossa.team.merge;

/**
 * A change two people made differently to the same thing, named so that a person can decide: the file, the element
 * (e.g. {@code layer Entity › label PER}), the property, and both values as text.
 *
 * @param file    the project-relative path of the file
 * @param element where in the file, from the root down, by names and ids
 * @param feature the property both changed, or "element" when one side removed what the other changed
 * @param ours    this working copy's value ("(removed)" when it removed the element)
 * @param theirs  the shared repository's value
 */
public record MergeConflict(String file, String element, String feature, String ours, String theirs) {
    public String describe() {
        return file + ": " + (element.isEmpty() ? "" : element + " › ") + feature + ": here '" + ours + "', shared '"
                + theirs + "'";
    }
}
