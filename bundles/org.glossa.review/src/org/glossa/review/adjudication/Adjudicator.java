package org.glossa.review.adjudication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.SpanTemplate.IncomingLink;
import org.glossa.core.edit.SpanTemplate.LinkTemplate;
import org.glossa.core.storage.DamagedFileException;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.Layer;
import org.glossa.model.Link;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.query.SchemaQuery;

/**
 * Builds a document's gold set from its annotators' sets, through a curator's gold {@link EditingSession}: each
 * step is one undoable command.
 * <ul>
 * <li>{@code auto} (through {@link AutoAdjudicateOperation}): every span that at least {@code quorum} annotators marked identically (layer, position,
 * label) goes to gold, with the attributes and links those annotators agree on; when all of them found nothing to
 * mark in any layer, gold gets an empty set;</li>
 * <li>{@link #accept}: the curator takes one annotator's version, with its attributes and links (link targets come
 * along when gold has none there), replacing what gold has in its way;</li>
 * <li>{@link #merge}: several versions become one span from the first begin to the last end, labelled as most of
 * them are, with the attributes and links they share;</li>
 * <li>{@link #reject}: gold keeps none of the versions.</li>
 * </ul>
 */
public final class Adjudicator {
    private final EditingSession gold;

    /**
     * @param goldSession the curator's gold session ({@link EditingSession#forGold})
     * @throws IllegalArgumentException for a session on an annotator's sets
     */
    public Adjudicator(EditingSession goldSession) {
        if (!goldSession.isGold()) {
            throw new IllegalArgumentException("adjudication edits gold: use EditingSession.forGold");
        }
        this.gold = goldSession;
    }

    /** The gold session every step edits through (undo, redo and save go there). */
    public EditingSession session() {
        return gold;
    }

    /**
     * The automatic step for one document, as {@link AutoAdjudicateOperation} runs it for each document: one undoable
     * command.
     *
     * @param annotators whose sets to combine (at least one; their sets are read from the store)
     * @param layers     the layers to adjudicate; empty for all
     * @param quorum     how many of the annotators must have marked a span identically, 1 to annotators.size()
     */
    AdjudicationResult auto(Document document, List<String> annotators, Collection<String> layers, int quorum)
            throws DamagedFileException {
        if (annotators.isEmpty()) {
            throw new IllegalArgumentException("no annotators to adjudicate from");
        }
        if (quorum < 1 || quorum > annotators.size()) {
            throw new IllegalArgumentException("quorum " + quorum + " must be between 1 and the number of annotators ("
                    + annotators.size() + ")");
        }
        AnnotationSet goldSet = gold.set(document);
        Map<SpanKey, List<SpanAnnotation>> support = support(document, annotators, layers);
        GoldTemplates plan = new GoldTemplates(gold.store().schema(), goldSet, List.of());
        List<SpanKey> accepted = new ArrayList<>();
        int undecided = 0;
        for (Map.Entry<SpanKey, List<SpanAnnotation>> candidate : support.entrySet()) {
            SpanKey key = candidate.getKey();
            if (plan.inGold(key)) {
                continue;
            }
            if (candidate.getValue().size() >= quorum && !contested(key, candidate.getValue(), support)
                    && plan.conflicts(key).isEmpty()) {
                accepted.add(key);
                plan.add(candidate.getValue().get(0), attributes(candidate.getValue(), quorum));
            } else {
                undecided++;
            }
        }
        for (SpanKey key : accepted) {
            List<SpanAnnotation> versions = support.get(key);
            int index = plan.add(key, Map.of()); // planned above: returns its index
            plan.setLinks(index, links(plan, versions, quorum, false));
        }
        List<SpanAnnotation> created = gold.adoptSpans(document, plan.templates(),
                "Adjudicate " + accepted.size() + " agreed span" + (accepted.size() == 1 ? "" : "s") + " (quorum "
                        + quorum + " of " + annotators.size() + ")");
        List<String> notes = new ArrayList<>(plan.notes());
        if (support.isEmpty() && coversSchema(layers) && !gold.store().hasAnnotations(document, ProjectLayout.GOLD)) {
            // Every annotator found nothing to mark: that is a decision too, and without a gold set the document
            // would be left out of gold exports as never adjudicated.
            gold.setStatus(document, AnnotationStatus.IN_PROGRESS);
            notes.add("every annotator found nothing to mark: gold records the same (an empty gold set)");
        }
        return new AdjudicationResult(created, 0, undecided, notes);
    }

    private boolean coversSchema(Collection<String> layers) {
        return layers.isEmpty() || gold.store().schema().getLayers().stream().allMatch(l -> layers.contains(l.getName()));
    }

    /**
     * Takes one annotator's version into gold. Gold spans equal to one of the {@code alternatives} (the other
     * annotators' versions of the place) are replaced, and so is whatever stands in its way in a layer without overlaps.
     */
    public AdjudicationResult accept(Document document, SpanAnnotation version, List<SpanAnnotation> alternatives)
            throws DamagedFileException {
        return adopt(document, List.of(version), alternatives, version.getBegin(), version.getEnd(), version.getLabel(),
                version.getAttributes().map(), "Accept " + version.getLabel() + " by " + annotatorOf(version));
    }

    /**
     * Merges versions of one place into one gold span from the first begin to the last end; the label most versions
     * carry (ties: the first version's); the attributes and links all versions share.
     */
    public AdjudicationResult merge(Document document, List<SpanAnnotation> versions) throws DamagedFileException {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        String layer = versions.get(0).getLayer();
        if (versions.stream().anyMatch(v -> !v.getLayer().equals(layer))) {
            throw new IllegalArgumentException("only versions of one layer can be merged");
        }
        int begin = versions.stream().mapToInt(SpanAnnotation::getBegin).min().orElseThrow();
        int end = versions.stream().mapToInt(SpanAnnotation::getEnd).max().orElseThrow();
        Map<String, Integer> votes = new LinkedHashMap<>();
        versions.forEach(v -> votes.merge(v.getLabel(), 1, Integer::sum));
        String label = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return adopt(document, versions, versions, begin, end, label, attributes(versions, versions.size()),
                "Merge " + versions.size() + " versions as " + label);
    }

    /**
     * Gold keeps none of these versions: the gold spans equal to one of them (layer, position, label) are removed,
     * with the links pointing at them.
     */
    public AdjudicationResult reject(Document document, List<SpanAnnotation> versions) throws DamagedFileException {
        Set<SpanKey> keys = new HashSet<>();
        versions.forEach(v -> keys.add(SpanKey.of(v)));
        List<SpanAnnotation> inGold = gold.set(document).getSpans().stream().filter(s -> keys.contains(SpanKey.of(s))).toList();
        gold.deleteSpans(inGold);
        return new AdjudicationResult(List.of(), inGold.size(), 0, List.of());
    }

    private AdjudicationResult adopt(Document document, List<SpanAnnotation> versions, List<SpanAnnotation> alternatives,
            int begin, int end, String label, Map<String, String> attributes, String commandLabel)
            throws DamagedFileException {
        SpanAnnotation first = versions.get(0);
        AnnotationSet goldSet = gold.set(document);
        SpanKey key = new SpanKey(first.getLayer(), begin, end, label);
        // what stands in the way goes: gold spans of a no-overlap layer overlapping the new one, or the same span
        List<SpanAnnotation> replaced = new ArrayList<>(new GoldTemplates(gold.store().schema(), goldSet, List.of()).conflicts(key));
        Set<SpanKey> others = new HashSet<>();
        alternatives.forEach(a -> others.add(SpanKey.of(a)));
        for (SpanAnnotation span : goldSet.getSpans()) {
            if (others.contains(SpanKey.of(span)) && !replaced.contains(span)) {
                replaced.add(span);
            }
        }
        GoldTemplates plan = new GoldTemplates(gold.store().schema(), goldSet, replaced);
        int index = plan.add(key, attributes);
        plan.setLinks(index, links(plan, versions, versions.size(), true));
        plan.setIncoming(index, redirected(document, replaced));
        List<SpanAnnotation> created = gold.replaceSpans(document, replaced, plan.templates(), commandLabel);
        return new AdjudicationResult(created, replaced.size(), 0, plan.notes());
    }

    /** Links from spans that stay in gold to the replaced spans: they move to the new span. */
    private List<IncomingLink> redirected(Document document, List<SpanAnnotation> replaced) throws DamagedFileException {
        List<IncomingLink> incoming = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SpanAnnotation old : replaced) {
            for (Link link : gold.index(document).incomingLinks(old)) {
                SpanAnnotation source = (SpanAnnotation) link.eContainer();
                if (!replaced.contains(source) && seen.add(source.getId() + "|" + link.getType())) {
                    incoming.add(new IncomingLink(source, link.getType()));
                }
            }
        }
        return incoming;
    }

    /**
     * The links of the gold span: votes are counted per link target, so a joint statement keeps each speaker that
     * enough versions name. For a link type that allows one link, several targets with the votes are a tie that the
     * curator decides: none is taken.
     */
    private static List<LinkTemplate> links(GoldTemplates plan, List<SpanAnnotation> versions, int votes,
            boolean bringTargets) {
        String layer = versions.get(0).getLayer();
        Map<String, List<SpanAnnotation>> byType = new LinkedHashMap<>();
        linkTargets(versions, votes).forEach((key, target) ->
                byType.computeIfAbsent(key.substring(0, key.indexOf('|')), t -> new ArrayList<>()).add(target));
        List<LinkTemplate> links = new ArrayList<>();
        byType.forEach((type, targets) -> {
            if (targets.size() > 1 && !plan.allowsSeveral(layer, type)) {
                plan.note(type + " link left out: " + targets.size() + " targets have the votes, but the schema allows one "
                        + type + " link per " + layer + " span");
                return;
            }
            for (SpanAnnotation target : targets) {
                LinkTemplate link = plan.resolve(type, target, bringTargets);
                if (link != null) {
                    links.add(link);
                }
            }
        });
        return links;
    }

    /** The annotators' spans of the layers by key, each annotator counted once per key. */
    private Map<SpanKey, List<SpanAnnotation>> support(Document document, List<String> annotators, Collection<String> layers)
            throws DamagedFileException {
        Map<SpanKey, List<SpanAnnotation>> support = new LinkedHashMap<>();
        for (String annotator : new LinkedHashSet<>(annotators)) {
            Set<SpanKey> seen = new HashSet<>();
            for (SpanAnnotation span : gold.store().annotations(document, annotator).getSpans()) {
                SpanKey key = SpanKey.of(span);
                if ((layers.isEmpty() || layers.contains(key.layer())) && seen.add(key)) {
                    support.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
                }
            }
        }
        return support;
    }

    /**
     * Whether an alternative has as much support: an overlapping candidate of the same layer that no supporter of
     * this one also marked (one annotator marking both means nested spans, not two versions of one place).
     */
    private static boolean contested(SpanKey key, List<SpanAnnotation> supporters, Map<SpanKey, List<SpanAnnotation>> support) {
        Set<AnnotationSet> mine = new HashSet<>();
        supporters.forEach(s -> mine.add(s.getSet()));
        for (Map.Entry<SpanKey, List<SpanAnnotation>> other : support.entrySet()) {
            if (other.getKey().equals(key) || !other.getKey().overlaps(key) || other.getValue().size() < supporters.size()) {
                continue;
            }
            if (other.getValue().stream().noneMatch(s -> mine.contains(s.getSet()))) {
                return true;
            }
        }
        return false;
    }

    /** Attribute values at least {@code votes} of the versions have. */
    static Map<String, String> attributes(List<SpanAnnotation> versions, int votes) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (SpanAnnotation version : versions) {
            version.getAttributes().forEach(e -> counts.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                    .merge(e.getValue(), 1, Integer::sum));
        }
        Map<String, String> agreed = new HashMap<>();
        counts.forEach((name, values) -> values.forEach((value, n) -> {
            if (n >= votes && !agreed.containsKey(name)) {
                agreed.put(name, value);
            }
        }));
        return agreed;
    }

    /**
     * Link targets (by link type and target key) that at least {@code votes} of the versions link to, each as the
     * target span of the first version linking to it; keys are "type|target key".
     */
    static Map<String, SpanAnnotation> linkTargets(List<SpanAnnotation> versions, int votes) {
        Map<String, SpanAnnotation> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (SpanAnnotation version : versions) {
            Set<String> seen = new HashSet<>();
            for (Link link : version.getLinks()) {
                if (link.getTarget() != null) {
                    String key = link.getType() + "|" + SpanKey.of(link.getTarget());
                    if (seen.add(key)) {
                        first.putIfAbsent(key, link.getTarget());
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        first.keySet().removeIf(key -> counts.get(key) < votes);
        return first;
    }

    private static String annotatorOf(SpanAnnotation span) {
        return span.getSet() == null ? "?" : span.getSet().getAnnotator();
    }
}
