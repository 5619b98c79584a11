package org.glossa.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Link;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.Spans;

/**
 * One document's annotation set of the session's annotator together with its {@link SpanIndex}. Commands
 * change spans and links only through these methods, which change the model and the index together so the
 * two never disagree.
 */
final class IndexedSet {
    /** Where a span was in its set's list, so that undo puts it back exactly there. */
    record SpanPosition(int position, SpanAnnotation span) {
    }

    /** Where a link was in its source's list. */
    record LinkPosition(SpanAnnotation source, int position, Link link) {
    }

    private final Document document;
    private AnnotationSet set;
    private final SpanIndex index;

    IndexedSet(Document document, AnnotationSet set) {
        this.document = document;
        this.set = set;
        this.index = new SpanIndex(set);
    }

    Document document() {
        return document;
    }

    AnnotationSet set() {
        return set;
    }

    SpanIndex index() {
        return index;
    }

    /** Follows a set that replaced this one in the store; the index object stays the same for its holders. */
    void replaceSet(AnnotationSet replacement) {
        set = replacement;
        index.rebuild(replacement);
    }

    SpanAnnotation create(String layer, String label, int begin, int end, String author, Origin origin) {
        SpanAnnotation span = Spans.add(set, layer, label, begin, end, author, origin);
        index.add(span);
        return span;
    }

    /** Removes the spans; returns their former positions in ascending order, for {@link #restoreSpans}. */
    List<SpanPosition> removeSpans(Collection<SpanAnnotation> spans) {
        EList<SpanAnnotation> list = set.getSpans();
        List<SpanPosition> positions = new ArrayList<>(spans.size());
        for (SpanAnnotation span : spans) {
            positions.add(new SpanPosition(list.indexOf(span), span));
        }
        positions.sort(Comparator.comparingInt(SpanPosition::position));
        for (int i = positions.size() - 1; i >= 0; i--) {
            SpanPosition removed = positions.get(i);
            index.remove(removed.span());
            list.remove(removed.position());
        }
        return positions;
    }

    void restoreSpans(List<SpanPosition> positions) {
        EList<SpanAnnotation> list = set.getSpans();
        for (SpanPosition position : positions) {
            list.add(position.position(), position.span());
            index.add(position.span());
        }
    }

    void setRange(SpanAnnotation span, int begin, int end) {
        index.remove(span);
        span.setBegin(begin);
        span.setEnd(end);
        index.add(span);
    }

    void setLayerAndLabel(SpanAnnotation span, String layer, String label) {
        index.remove(span);
        span.setLayer(layer);
        span.setLabel(label);
        index.add(span);
    }

    void addLink(SpanAnnotation source, int position, Link link) {
        source.getLinks().add(position, link);
        index.linkAdded(link);
    }

    /** Replaces the link at {@code position} of the source; returns the link that was there. */
    Link replaceLink(SpanAnnotation source, int position, Link link) {
        Link previous = source.getLinks().set(position, link);
        index.linkRemoved(previous);
        index.linkAdded(link);
        return previous;
    }

    /** Removes the links from their sources; returns their former positions, for {@link #restoreLinks}. */
    List<LinkPosition> removeLinks(Collection<Link> links) {
        List<LinkPosition> positions = new ArrayList<>(links.size());
        for (Link link : links) {
            SpanAnnotation source = (SpanAnnotation) link.eContainer();
            positions.add(new LinkPosition(source, source.getLinks().indexOf(link), link));
        }
        positions.sort(Comparator.comparingInt(LinkPosition::position));
        for (int i = positions.size() - 1; i >= 0; i--) {
            LinkPosition removed = positions.get(i);
            index.linkRemoved(removed.link());
            removed.source().getLinks().remove(removed.position());
        }
        return positions;
    }

    void restoreLinks(List<LinkPosition> positions) {
        for (LinkPosition position : positions) {
            position.source().getLinks().add(position.position(), position.link());
            index.linkAdded(position.link());
        }
    }
}
