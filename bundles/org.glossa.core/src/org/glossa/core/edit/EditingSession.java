package org.glossa.core.edit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.GlossaPackage;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.LinkType;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.validation.InvalidModelException;
import org.glossa.model.validation.ModelValidator;

/**
 * One annotator's editing of a project: every change is one undoable command on {@link #commandStack()},
 * validated first (an invalid request throws {@link IllegalArgumentException} and changes nothing), applied to
 * the model and the document's {@link SpanIndex} together, and announced as a {@link ModelChange}.
 * <p>
 * Requests that would change nothing (the same label, the same value) add no command. The edit methods read a
 * document's annotation set on first use: when its file is damaged they throw an
 * {@link java.io.UncheckedIOException} wrapping the {@link DamagedFileException} that {@link #set(Document)} and
 * {@link #index(Document)} declare, so callers that open a document through those see the problem first.
 * <p>
 * Not thread-safe: use it from one thread (the UI thread).
 */
public final class EditingSession {
    private final ProjectStore store;
    private final String annotator;
    private final String author;
    private final Origin origin;
    private final SessionSets sets;
    private final SessionCommandStack commandStack;
    private final SessionListeners listeners = new SessionListeners();
    /** Changes whose undo history was dropped and that are not saved yet. */
    private boolean unsavedBeyondHistory;

    /**
     * Opens a session; registers {@code annotator} in the project if it is not there yet and saves that at once
     * (setup, not undoable, and not an unsaved change: see {@link ProjectStore#registerAnnotator}).
     *
     * @throws IllegalArgumentException if the name is not a valid annotator name or is the reserved "gold"
     * @throws java.io.UncheckedIOException if the registration cannot be written
     */
    public EditingSession(ProjectStore store, String annotator) {
        this(store, requireAnnotatorName(annotator), annotator, Origin.MANUAL);
        try {
            store.registerAnnotator(annotator);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot register annotator " + annotator + " in "
                    + store.layout().index() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A curator's session on the gold sets: spans it creates are marked as adjudicated and created by the curator.
     *
     * @throws IllegalArgumentException if the curator's name is not a valid annotator name
     */
    public static EditingSession forGold(ProjectStore store, String curator) {
        return new EditingSession(store, ModelValidator.GOLD, requireAnnotatorName(curator), Origin.ADJUDICATED);
    }

    private EditingSession(ProjectStore store, String setOwner, String author, Origin origin) {
        this.store = Objects.requireNonNull(store, "store");
        this.annotator = setOwner;
        this.author = author;
        this.origin = origin;
        this.sets = new SessionSets(store, setOwner, this::dropHistory);
        this.commandStack = new SessionCommandStack(new SessionCommandStack.Participant() {
            @Override
            public void beforeRunning(Command command) {
                sets.followStore(command);
            }

            @Override
            public void afterRunning(Command command) {
                announce(command);
            }

            @Override
            public void afterFailure(Command command) {
                sets.rebuildIndexes(); // the command stopped half-way: whatever it did, the indexes match the model again
                listeners.changed(List.of(ModelChange.projectWide()));
            }
        });
        commandStack.addCommandStackListener(event -> listeners.dirtyStateMayHaveChanged());
        store.addSaveListener(this::saved);
    }

    private static String requireAnnotatorName(String name) {
        if (name == null || !ModelValidator.FILE_SAFE_NAME.matcher(name).matches() || ModelValidator.GOLD.equals(name)) {
            throw new IllegalArgumentException("annotator name '" + name
                    + "' must be letters, digits, '.', '_' or '-' (not starting with '.' or '-') and not 'gold'");
        }
        return name;
    }

    public ProjectStore store() {
        return store;
    }

    /** Whose sets this session edits: an annotator's name, or {@code gold}. */
    public String annotator() {
        return annotator;
    }

    /** Who is recorded as the creator of new spans: the annotator, or the curator of a gold session. */
    public String author() {
        return author;
    }

    public boolean isGold() {
        return origin == Origin.ADJUDICATED;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    /** This annotator's annotation set of the document (loaded on first use, or new and empty). */
    public AnnotationSet set(Document document) throws DamagedFileException {
        return sets.get(requireDocument(document)).set();
    }

    /** The index of {@link #set(Document)}: built once, then kept in sync by every command, undo and redo. */
    public SpanIndex index(Document document) throws DamagedFileException {
        return sets.get(requireDocument(document)).index();
    }

    /** Creates a span by this annotator (origin manual, created now). */
    public SpanAnnotation createSpan(Document document, String layer, String label, int begin, int end) {
        IndexedSet target = sets.getUnchecked(requireDocument(document));
        Layer schemaLayer = EditRules.layer(schema(), layer);
        EditRules.label(schemaLayer, label);
        EditRules.range(document, begin, end);
        EditRules.noDuplicate(target.index(), layer, label, begin, end, null);
        EditRules.noOverlap(target.index(), schemaLayer, begin, end, null);
        CreateSpansCommand command = new CreateSpansCommand("Create " + label + " span",
                List.of(new CreateSpansCommand.Planned(target, layer, label, begin, end)), author, origin);
        AnnotationSet set = target.set();
        if (set.getStatus() == AnnotationStatus.NEW) {
            execute(new SequenceCommand(command.getLabel(), List.of(command, startDocument(document, set))));
        } else {
            execute(command);
        }
        return command.created().get(0);
    }

    /**
     * Creates the spans of the templates with their attributes, notes and links in one undoable step (how
     * adjudication adopts annotators' versions). Everything is validated first: nothing is created when one
     * template is invalid, duplicates a span, overlaps where the layer forbids it, or links where the schema does not
     * allow.
     *
     * @return the created spans, in the order of the templates
     */
    public List<SpanAnnotation> adoptSpans(Document document, List<SpanTemplate> templates, String commandLabel) {
        return replaceSpans(document, List.of(), templates, commandLabel);
    }

    /**
     * As {@link #adoptSpans}, deleting {@code replaced} spans of the same set first, in the same undoable step (a
     * curator choosing another annotator's version in place of the one in gold).
     */
    public List<SpanAnnotation> replaceSpans(Document document, Collection<SpanAnnotation> replaced,
            List<SpanTemplate> templates, String commandLabel) {
        IndexedSet target = sets.getUnchecked(requireDocument(document));
        Set<SpanAnnotation> removed = new LinkedHashSet<>(replaced);
        for (SpanAnnotation span : removed) {
            if (owner(span) != target) {
                throw new IllegalArgumentException("span " + EditRules.describe(span) + " is not in the set being edited");
            }
        }
        if (templates.isEmpty() && removed.isEmpty()) {
            return List.of();
        }
        SpanTemplateRules.check(schema(), target, templates, removed);
        List<EditCommand> steps = new ArrayList<>();
        if (!removed.isEmpty()) {
            steps.add(DeleteSpansCommand.of("Delete replaced spans", removed, this::owner));
        }
        AdoptSpansCommand adopt = new AdoptSpansCommand(commandLabel, target, templates, author, origin);
        steps.add(adopt);
        AnnotationSet set = target.set();
        if (set.getStatus() == AnnotationStatus.NEW) {
            steps.add(startDocument(document, set));
        }
        execute(steps.size() == 1 ? adopt : new SequenceCommand(commandLabel, steps));
        return List.copyOf(adopt.created());
    }

    /** The first span starts the work on a new document; undoing it makes the document new again. */
    private static SetFeatureCommand startDocument(Document document, AnnotationSet set) {
        return new SetFeatureCommand("Start document", set, GlossaPackage.Literals.ANNOTATION_SET__STATUS,
                AnnotationStatus.IN_PROGRESS, List.of(ModelChange.wholeDocument(document, ModelChange.Kind.STATUS)));
    }

    /** Deletes the spans and the links of other spans that point at them. */
    public void deleteSpans(Collection<SpanAnnotation> spans) {
        Set<SpanAnnotation> deleted = new LinkedHashSet<>(Objects.requireNonNull(spans, "spans"));
        if (deleted.isEmpty()) {
            return;
        }
        String label = deleted.size() == 1 ? "Delete " + deleted.iterator().next().getLabel() + " span"
                : "Delete " + deleted.size() + " spans";
        execute(DeleteSpansCommand.of(label, deleted, this::owner));
    }

    /**
     * Gives the span another label, possibly of another layer. When the layer changes, the span's links and
     * attributes that the new layer does not define, and links of other spans that may not point at the new
     * layer, are dropped (in the same undoable command).
     */
    public void changeLabel(SpanAnnotation span, String layer, String label) {
        IndexedSet target = owner(span);
        Layer newLayer = EditRules.layer(schema(), layer);
        EditRules.label(newLayer, label);
        boolean layerChanges = !layer.equals(span.getLayer());
        if (!layerChanges && label.equals(span.getLabel())) {
            return;
        }
        EditRules.noDuplicate(target.index(), layer, label, span.getBegin(), span.getEnd(), span);
        LayerChangeLosses losses = LayerChangeLosses.none();
        if (layerChanges) {
            EditRules.noOverlap(target.index(), newLayer, span.getBegin(), span.getEnd(), span);
            losses = LayerChangeLosses.of(schema(), target.index(), span, newLayer);
        }
        execute(new ChangeLabelCommand("Change " + span.getLabel() + " to " + label, target, span, layer, label,
                losses.links(), losses.attributes()));
    }

    public void setBoundaries(SpanAnnotation span, int begin, int end) {
        IndexedSet target = owner(span);
        EditRules.range(target.document(), begin, end);
        if (begin == span.getBegin() && end == span.getEnd()) {
            return;
        }
        Layer layer = EditRules.layer(schema(), span.getLayer());
        EditRules.noDuplicate(target.index(), span.getLayer(), span.getLabel(), begin, end, span);
        EditRules.noOverlap(target.index(), layer, begin, end, span);
        execute(new SetBoundariesCommand("Resize " + span.getLabel() + " span", target, span, begin, end));
    }

    /**
     * Links two spans of the same set. For a link type that allows one link per span, the new link replaces the
     * existing one; asking for a link that exists already returns it and changes nothing.
     */
    public Link link(SpanAnnotation source, String linkType, SpanAnnotation target) {
        IndexedSet owner = owner(source);
        if (target == null || target.getSet() == null) {
            owner(target); // refuses a missing or deleted target with the usual message
        }
        LinkType type = EditRules.link(schema(), source, linkType, target);
        int replaced = -1;
        for (int i = 0; i < source.getLinks().size(); i++) {
            Link existing = source.getLinks().get(i);
            if (linkType.equals(existing.getType())) {
                if (existing.getTarget() == target) {
                    return existing;
                }
                if (!type.isMultiple() && replaced < 0) {
                    replaced = i;
                }
            }
        }
        Link link = GlossaFactory.eINSTANCE.createLink();
        link.setType(linkType);
        link.setTarget(target);
        execute(new LinkCommand((replaced >= 0 ? "Replace " : "Add ") + linkType + " link", owner, source, link, replaced));
        return link;
    }

    public void unlink(Link link) {
        if (link == null || !(link.eContainer() instanceof SpanAnnotation source)) {
            throw new IllegalArgumentException("the link is not attached to a span");
        }
        execute(new UnlinkCommand("Remove " + link.getType() + " link", owner(source), link));
    }

    /** Sets an attribute defined by the span's layer; a null value removes it. */
    public void setAttribute(SpanAnnotation span, String name, String valueOrNull) {
        IndexedSet target = owner(span);
        AttributeDefinition definition = EditRules.attribute(EditRules.layer(schema(), span.getLayer()), name);
        EditRules.attributeValue(definition, valueOrNull);
        if (Objects.equals(span.getAttributes().get(name), valueOrNull)) {
            return;
        }
        String label = valueOrNull == null ? "Remove " + name : "Set " + name + " to " + valueOrNull;
        execute(new SetAttributeCommand(label, target, span, name, valueOrNull));
    }

    /** Sets the span's note; null or blank removes it. */
    public void setNote(SpanAnnotation span, String noteOrNull) {
        IndexedSet target = owner(span);
        String note = noteOrNull == null || noteOrNull.isBlank() ? null : noteOrNull;
        if (Objects.equals(span.getNote(), note)) {
            return;
        }
        execute(new SetFeatureCommand(note == null ? "Remove note" : "Edit note", span,
                GlossaPackage.Literals.SPAN_ANNOTATION__NOTE, note,
                new ChangedRange(ModelChange.Kind.ATTRIBUTES).add(target.document(), span).changes()));
    }

    public void setStatus(Document document, AnnotationStatus status) {
        Objects.requireNonNull(status, "status");
        AnnotationSet set = sets.getUnchecked(requireDocument(document)).set();
        if (set.getStatus() == status) {
            return;
        }
        execute(new SetFeatureCommand("Set status to " + status.getLiteral(), set,
                GlossaPackage.Literals.ANNOTATION_SET__STATUS, status,
                List.of(ModelChange.wholeDocument(document, ModelChange.Kind.STATUS))));
    }

    /** Moves the document's body region (in the project index): {@code 0 <= begin < end <= textLength}. */
    public void setBodyRegion(Document document, int begin, int end) {
        requireDocument(document);
        if (begin < 0 || begin >= end || end > document.getTextLength()) {
            throw new IllegalArgumentException("body region [" + begin + ", " + end
                    + ") must be a non-empty range inside the text of " + document.getId() + " (length "
                    + document.getTextLength() + ")");
        }
        if (begin == document.getBodyBegin() && end == document.getBodyEnd()) {
            return;
        }
        execute(new SetBodyRegionCommand("Change body region", document, begin, end));
    }

    /**
     * Creates a span with the label at each occurrence, all in one command. Occurrences that already have a span
     * with this layer and label, repeat an earlier occurrence, or would overlap another span of a layer that
     * forbids overlaps are skipped.
     *
     * @return the created spans, in the order of the occurrences
     */
    public List<SpanAnnotation> annotateAll(List<Occurrence> occurrences, String layer, String label) {
        Layer schemaLayer = EditRules.layer(schema(), layer);
        EditRules.label(schemaLayer, label);
        OccurrencePlan plan = new OccurrencePlan(schemaLayer, label);
        for (Occurrence occurrence : occurrences) {
            Document document = requireDocument(occurrence.document());
            EditRules.range(document, occurrence.begin(), occurrence.end());
            plan.offer(sets.getUnchecked(document), occurrence.begin(), occurrence.end());
        }
        List<CreateSpansCommand.Planned> planned = plan.planned();
        if (planned.isEmpty()) {
            return List.of();
        }
        CreateSpansCommand command = new CreateSpansCommand("Annotate " + planned.size()
                + (planned.size() == 1 ? " occurrence as " : " occurrences as ") + label, planned, author, origin);
        execute(command);
        return List.copyOf(command.created());
    }

    /**
     * Runs a command through the stack (for {@link SchemaEditing} and other callers) and announces what it
     * changed. A command that is not one of Glossa's may change anything: the indexes are then rebuilt and a
     * project-wide change is announced.
     */
    public void execute(Command command) {
        commandStack.execute(command);
    }

    public void undo() {
        commandStack.undo();
    }

    public void redo() {
        commandStack.redo();
    }

    public boolean canUndo() {
        return commandStack.canUndo();
    }

    public boolean canRedo() {
        return commandStack.canRedo();
    }

    /** The label of the command that {@link #undo()} would undo, e.g. "Create PER span"; null when none. */
    public String undoLabel() {
        Command command = commandStack.getUndoCommand();
        return command == null ? null : command.getLabel();
    }

    public String redoLabel() {
        Command command = commandStack.getRedoCommand();
        return command == null ? null : command.getLabel();
    }

    /**
     * Whether this session made changes that are not saved: its undo history is not at the point of the last save
     * (undoing back to that point makes the session clean again; a save by any session of the store is a save of
     * this one's changes too). Changes made outside a session are saved where they are made (imports save
     * themselves, registering an annotator too).
     */
    public boolean isDirty() {
        return unsavedBeyondHistory || commandStack.isSaveNeeded();
    }

    /** Saves the project (nothing invalid is written) and marks this point of the undo history as saved. */
    public void save() throws IOException, InvalidModelException {
        store.save(); // tells every session of the store, this one included: see saved()
    }

    /** Runs the listener whenever {@link #isDirty()} may have changed: after every change, undo, redo and save. */
    public void addDirtyListener(Runnable listener) {
        listeners.addDirtyListener(listener);
    }

    public void removeDirtyListener(Runnable listener) {
        listeners.removeDirtyListener(listener);
    }

    /** The store was saved (by this session or another one): everything this session did is on disk. */
    private void saved() {
        unsavedBeyondHistory = false;
        commandStack.saveIsDone();
        listeners.dirtyStateMayHaveChanged();
    }

    public void addChangeListener(Consumer<ModelChange> listener) {
        listeners.addChangeListener(listener);
    }

    public void removeChangeListener(Consumer<ModelChange> listener) {
        listeners.removeChangeListener(listener);
    }

    private AnnotationSchema schema() {
        return store.schema();
    }

    private Document requireDocument(Document document) {
        if (document == null || store.document(document.getId()).orElse(null) != document) {
            throw new IllegalArgumentException("document " + (document == null ? "null" : "'" + document.getId() + "'")
                    + " is not part of this project");
        }
        return document;
    }

    /** The session's set that holds the span; refuses spans of other annotators and deleted spans. */
    private IndexedSet owner(SpanAnnotation span) {
        if (span == null) {
            throw new IllegalArgumentException("no span given");
        }
        IndexedSet target = sets.tracking(span.getSet());
        if (target == null || !target.index().contains(span)) {
            throw new IllegalArgumentException("span " + EditRules.describe(span) + " is not in " + annotator
                    + "'s current annotations (it was deleted, or belongs to another annotator or the gold set)");
        }
        return target;
    }

    private void announce(Command command) {
        if (command instanceof EditCommand edit) {
            if (edit.invalidatesIndexes()) {
                sets.rebuildIndexes();
            }
            listeners.changed(edit.changes());
        } else {
            sets.rebuildIndexes();
            listeners.changed(List.of(ModelChange.projectWide()));
        }
    }

    /** The undo history refers to spans that are no longer in the project (see {@link SessionSets}). */
    private void dropHistory() {
        // the save point goes with the history: remember whether what it held was saved
        unsavedBeyondHistory = isDirty();
        commandStack.flush();
        listeners.changed(List.of(ModelChange.projectWide()));
    }
}
