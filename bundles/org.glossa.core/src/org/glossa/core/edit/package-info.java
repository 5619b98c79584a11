/**
 * Headless annotation editing: an {@link org.glossa.core.edit.EditingSession} turns each edit into one undoable
 * command on an EMF command stack, keeps a {@link org.glossa.core.edit.SpanIndex} per document in sync and
 * announces {@link org.glossa.core.edit.ModelChange}s; {@link org.glossa.core.edit.SchemaEditing} does the same
 * for the schema. Also the helpers an editor needs around it: snapping selections to words, finding
 * occurrences across the corpus. No UI types.
 */
package org.glossa.core.edit;
