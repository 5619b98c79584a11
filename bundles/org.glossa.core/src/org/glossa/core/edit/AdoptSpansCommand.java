package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.List;

import org.glossa.model.GlossaFactory;
import org.glossa.model.Link;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;

/**
 * Creates spans with their attributes, notes and links in one step (adjudication adopts annotators' versions
 * this way). Links live inside their source span, so removing the created spans on undo takes their links along.
 */
final class AdoptSpansCommand extends EditCommand {
    private final IndexedSet target;
    private final List<SpanTemplate> templates;
    private final String author;
    private final Origin origin;
    private final List<ModelChange> changes;
    private final List<SpanAnnotation> created = new ArrayList<>();
    private final List<Link> incoming = new ArrayList<>();
    private List<IndexedSet.SpanPosition> undone;
    private List<IndexedSet.LinkPosition> incomingPositions;

    AdoptSpansCommand(String label, IndexedSet target, List<SpanTemplate> templates, String author, Origin origin) {
        super(label);
        this.target = target;
        this.templates = List.copyOf(templates);
        this.author = author;
        this.origin = origin;
        ChangedRange range = new ChangedRange(ModelChange.Kind.SPANS);
        templates.forEach(t -> range.add(target.document(), t.begin(), t.end()));
        this.changes = range.changes();
    }

    List<SpanAnnotation> created() {
        return created;
    }

    @Override
    public void execute() {
        for (SpanTemplate template : templates) {
            SpanAnnotation span = target.create(template.layer(), template.label(), template.begin(), template.end(),
                    author, origin);
            span.getAttributes().putAll(template.attributes());
            span.setNote(template.note());
            created.add(span);
        }
        for (int i = 0; i < templates.size(); i++) {
            SpanAnnotation span = created.get(i);
            for (SpanTemplate.LinkTemplate link : templates.get(i).links()) {
                SpanAnnotation to = link.existing() != null ? link.existing() : created.get(link.templateIndex());
                target.addLink(span, span.getLinks().size(), newLink(link.type(), to));
            }
            for (SpanTemplate.IncomingLink link : templates.get(i).incoming()) {
                Link added = newLink(link.type(), span);
                target.addLink(link.source(), link.source().getLinks().size(), added);
                incoming.add(added);
            }
        }
    }

    @Override
    public void undo() {
        incomingPositions = target.removeLinks(incoming);
        undone = target.removeSpans(created);
    }

    @Override
    public void redo() {
        target.restoreSpans(undone);
        target.restoreLinks(incomingPositions);
    }

    private static Link newLink(String type, SpanAnnotation to) {
        Link link = GlossaFactory.eINSTANCE.createLink();
        link.setType(type);
        link.setTarget(to);
        return link;
    }

    @Override
    List<ModelChange> changes() {
        return changes;
    }
}
