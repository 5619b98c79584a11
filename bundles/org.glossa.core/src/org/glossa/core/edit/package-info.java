/**
 * Headless annotation editing: an {@link org.glossa.core.edit.EditingSession} turns each edit into one undoable
 * command on an EMF command stack, keeps a {@link org.glossa.core.edit.SpanIndex} per document in sync and
 * announces {@link org.glossa.core.edit.ModelChange}s; {@link org.glossa.core.edit.SchemaEditing} does the same
 * for the schema; and finding occurrences across the corpus. Snapping selections to words is text work
 * ({@link org.glossa.text.SelectionSnapper}). No UI types.
 */
package org.glossa.core.edit;
