package org.glossa.core.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.CardJson;
import org.glossa.core.storage.AtomicFiles;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dataset card written beside an export: {@code card.json} for programs and {@code README.md} for people,
 * from the same facts. It records the schema, the documents and label counts of every split, the documents left
 * out because the source has no annotation set for them, the spans the format could not carry, the offset
 * convention, the tokenizer, the options and the command, the inter-annotator agreement on the exported documents
 * ({@code null} when it was not computed) and, for gold, the documents with undecided disagreements ({@code null}
 * when not checked).
 */
public final class DatasetCard {
    public static final String README = "README.md";
    public static final String JSON = "card.json";
    /** Ids listed per split in the README; card.json lists them all. */
    private static final int README_IDS = 20;

    private final Map<String, Object> card;

    /**
     * @param layers    the layers that were exported
     * @param tokenizer the tokenizer's description, or null when the format used none
     * @param sources   what was exported for each source
     * @param notes     notes about the export as a whole
     * @param agreement the agreement summary ({@link AgreementSummary}), or null when not computed
     * @param undecided undecided places per exported gold document ({@link ExportResult#undecided()}), or null when
     *                  not checked
     */
    public DatasetCard(ProjectStore store, FormatSupport format, ExportRequest request, List<String> layers,
            String tokenizer, List<ExportResult.Source> sources, List<String> notes, ObjectNode agreement,
            Map<String, Integer> undecided) {
        card = new LinkedHashMap<>();
        card.put("project", store.project().getName());
        card.put("glossaVersion", glossaVersion());
        card.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        card.put("command", request.command());
        Map<String, Object> formatEntry = new LinkedHashMap<>();
        formatEntry.put("id", format.id());
        formatEntry.put("name", format.name());
        formatEntry.put("description", format.description());
        card.put("format", formatEntry);
        card.put("offsets", format.offsetConvention());
        card.put("tokenizer", tokenizer);
        card.put("options", new TreeMap<>(request.options()));
        card.put("source", request.source());
        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("layers", layers);
        selection.put("labels", request.labels().isEmpty() ? "all" : List.copyOf(request.labels()));
        selection.put("documents", request.documents().toString());
        card.put("selection", selection);
        card.put("split", split(request));
        card.put("schema", schema(store, layers));
        List<Object> sourceEntries = new ArrayList<>();
        Path output = request.output();
        for (ExportResult.Source source : sources) {
            sourceEntries.add(source(source, output));
        }
        card.put("sources", sourceEntries);
        card.put("notes", List.copyOf(notes));
        card.put("agreement", agreement);
        card.put("undecidedDisagreements", undecided(undecided));
    }

    private static Map<String, Object> undecided(Map<String, Integer> perDocument) {
        if (perDocument == null) {
            return null;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("total", perDocument.values().stream().mapToInt(Integer::intValue).sum());
        entry.put("documents", new LinkedHashMap<>(perDocument));
        entry.put("definition", "places where annotators disagree and gold has no span of the layer overlapping them,"
                + " in documents whose gold set is not finished");
        return entry;
    }

    /** The card as nested maps and lists (what {@code card.json} holds; the agreement is a Jackson tree). */
    public Map<String, Object> toMap() {
        return card;
    }

    public String toJson() {
        return CardJson.write(card) + "\n";
    }

    public Path writeJson(Path folder) throws IOException {
        Path file = folder.resolve(JSON);
        AtomicFiles.write(file, toJson().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    public Path writeReadme(Path folder) throws IOException {
        Path file = folder.resolve(README);
        AtomicFiles.write(file, toMarkdown().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static Map<String, Object> split(ExportRequest request) {
        if (request.split() == null) {
            return null;
        }
        Map<String, Object> split = new LinkedHashMap<>();
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (int i = 0; i < request.split().size(); i++) {
            ratios.put(request.split().names().get(i), request.split().share(i));
        }
        split.put("ratios", ratios);
        split.put("seed", request.seed());
        split.put("groupBy", request.groupBy());
        split.put("stratified", request.stratify());
        split.put("unit", "document");
        return split;
    }

    private static Map<String, Object> schema(ProjectStore store, List<String> exported) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("name", store.schema().getName());
        List<Object> layers = new ArrayList<>();
        for (Layer layer : store.schema().getLayers()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", layer.getName());
            entry.put("description", layer.getDescription());
            entry.put("exported", exported.contains(layer.getName()));
            entry.put("allowOverlap", layer.isAllowOverlap());
            List<Object> labels = new ArrayList<>();
            for (Label label : layer.getLabels()) {
                Map<String, Object> labelEntry = new LinkedHashMap<>();
                labelEntry.put("name", label.getName());
                labelEntry.put("color", label.getColor());
                labelEntry.put("description", label.getDescription());
                labels.add(labelEntry);
            }
            entry.put("labels", labels);
            List<Object> attributes = new ArrayList<>();
            for (AttributeDefinition attribute : layer.getAttributes()) {
                Map<String, Object> attributeEntry = new LinkedHashMap<>();
                attributeEntry.put("name", attribute.getName());
                attributeEntry.put("kind", attribute.getKind().getLiteral());
                attributeEntry.put("choices", List.copyOf(attribute.getChoices()));
                attributeEntry.put("default", attribute.getDefaultValue());
                attributeEntry.put("required", attribute.isRequired());
                attributes.add(attributeEntry);
            }
            entry.put("attributes", attributes);
            List<Object> links = new ArrayList<>();
            for (LinkType linkType : layer.getLinkTypes()) {
                Map<String, Object> linkEntry = new LinkedHashMap<>();
                linkEntry.put("name", linkType.getName());
                linkEntry.put("targets", linkType.getTargetLayers().stream().map(Layer::getName).toList());
                linkEntry.put("multiple", linkType.isMultiple());
                links.add(linkEntry);
            }
            entry.put("linkTypes", links);
            layers.add(entry);
        }
        schema.put("layers", layers);
        return schema;
    }

    private static Map<String, Object> source(ExportResult.Source source, Path output) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", source.name());
        String directory = output.relativize(source.directory()).toString().replace('\\', '/');
        entry.put("directory", directory.isEmpty() ? "." : directory);
        Map<String, Object> documents = new LinkedHashMap<>();
        source.documents().forEach((split, ids) -> documents.put(split, List.copyOf(ids)));
        entry.put("documents", documents);
        List<Object> leftOut = new ArrayList<>();
        for (String id : source.leftOut()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("id", id);
            document.put("reason", source.leftOutReason());
            leftOut.add(document);
        }
        entry.put("leftOut", leftOut);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String split : source.documents().keySet()) {
            counts.put(split, new TreeMap<>(source.report().carried().getOrDefault(split, Map.of())));
        }
        entry.put("labelCounts", counts);
        entry.put("spansCarried", source.report().carriedTotal());
        Map<String, Object> notCarried = new LinkedHashMap<>();
        source.report().notCarried().forEach((reason, count) -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("count", count);
            problem.put("examples", List.copyOf(source.report().notCarriedExamples().getOrDefault(reason, List.of())));
            notCarried.put(reason, problem);
        });
        entry.put("spansNotCarried", notCarried);
        entry.put("notes", source.report().notes());
        entry.put("files", source.report().files().stream().map(f -> f.toString().replace('\\', '/')).toList());
        return entry;
    }

    /** The same facts for people. */
    @SuppressWarnings("unchecked")
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        Map<String, Object> format = (Map<String, Object>) card.get("format");
        md.append("# ").append(card.get("project")).append(": ").append(format.get("name")).append(" dataset\n\n");
        md.append("Exported by Glossa ").append(card.get("glossaVersion")).append(" on ").append(card.get("created"))
                .append(card.get("command") == null ? ".\n\n" : " with\n\n    " + card.get("command") + "\n\n");
        Map<String, Object> selection = (Map<String, Object>) card.get("selection");
        md.append("| | |\n|---|---|\n");
        row(md, "format", "`" + format.get("id") + "`: " + format.get("description"));
        row(md, "source", String.valueOf(card.get("source")));
        row(md, "offsets", String.valueOf(card.get("offsets")));
        row(md, "tokenizer", card.get("tokenizer") == null ? "none (the format does not tokenize)"
                : String.valueOf(card.get("tokenizer")));
        row(md, "layers", String.join(", ", (List<String>) selection.get("layers")));
        row(md, "labels", selection.get("labels") instanceof List<?> list ? String.join(", ", (List<String>) list) : "all");
        row(md, "documents", String.valueOf(selection.get("documents")));
        row(md, "split", splitLine((Map<String, Object>) card.get("split")));
        Map<String, String> options = (Map<String, String>) card.get("options");
        row(md, "options", options.isEmpty() ? "none" : String.join(", ", options.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        md.append('\n');
        for (Object entry : (List<Object>) card.get("sources")) {
            sourceMarkdown(md, (Map<String, Object>) entry, ((List<Object>) card.get("sources")).size() > 1);
        }
        List<String> notes = (List<String>) card.get("notes");
        if (!notes.isEmpty()) {
            md.append("## Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
            md.append('\n');
        }
        undecidedMarkdown(md, (Map<String, Object>) card.get("undecidedDisagreements"));
        schemaMarkdown(md, (Map<String, Object>) card.get("schema"));
        agreementMarkdown(md, (JsonNode) card.get("agreement"));
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void undecidedMarkdown(StringBuilder md, Map<String, Object> undecided) {
        if (undecided == null) {
            return; // not gold, or not checked
        }
        md.append("## Undecided disagreements\n\n");
        Map<String, Object> documents = (Map<String, Object>) undecided.get("documents");
        if (documents.isEmpty()) {
            md.append("None: wherever annotators disagree, gold has decided.\n\n");
            return;
        }
        md.append("**Gold is not finished here.** In ").append(documents.size())
                .append(documents.size() == 1 ? " exported document" : " exported documents").append(", ")
                .append(undecided.get("total")).append(" places where annotators disagree have no decision in gold (")
                .append(undecided.get("definition")).append("): spans may be missing there.\n\n");
        md.append("| document | undecided places |\n|---|---:|\n");
        documents.forEach((id, count) -> md.append("| ").append(cell(id)).append(" | ").append(count).append(" |\n"));
        md.append('\n');
    }

    private static void agreementMarkdown(StringBuilder md, JsonNode agreement) {
        md.append("## Agreement\n\n");
        if (agreement == null || agreement.isNull()) {
            md.append("Not computed for this export.\n");
            return;
        }
        if (agreement.hasNonNull("reason")) {
            md.append("Not available: ").append(agreement.get("reason").asText()).append(".\n");
            return;
        }
        List<String> annotators = new ArrayList<>();
        agreement.path("annotators").forEach(name -> annotators.add(name.asText()));
        md.append("Between ").append(String.join(", ", annotators)).append(" on ")
                .append(agreement.path("documents").asText()).append(" of the exported documents (")
                .append(agreement.path("report_command").asText()).append(" gives the full report).\n\n");
        md.append("| Layer | Unitizing alpha | Krippendorff's alpha | Fleiss' kappa | Mean pairwise F1 (exact) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        agreement.path("layers").fields().forEachRemaining(layer -> {
            JsonNode figures = layer.getValue();
            md.append("| ").append(layer.getKey());
            for (String key : List.of("unitizing_alpha", "krippendorff_alpha_nominal", "fleiss_kappa", "mean_f1_exact")) {
                JsonNode figure = figures.get(key);
                JsonNode reason = figures.get(key + "_reason");
                md.append(" | ").append(figure != null && figure.isNumber()
                        ? String.format(java.util.Locale.ROOT, "%.3f", figure.doubleValue())
                        : "undefined (" + (reason == null || reason.isNull() ? null : reason.asText()) + ")");
            }
            md.append(" |\n");
        });
    }

    @SuppressWarnings("unchecked")
    private static void sourceMarkdown(StringBuilder md, Map<String, Object> source, boolean several) {
        String heading = several ? "## " + source.get("name") + " (folder `" + source.get("directory") + "`)\n\n" : "";
        md.append(heading);
        String level = several ? "###" : "##";
        Map<String, List<String>> documents = (Map<String, List<String>>) source.get("documents");
        md.append(level).append(" Documents per split\n\n| split | documents | ids |\n|---|---:|---|\n");
        documents.forEach((split, ids) -> {
            String shown = String.join(", ", ids.subList(0, Math.min(README_IDS, ids.size())));
            String more = ids.size() > README_IDS ? " … and " + (ids.size() - README_IDS) + " more (see card.json)" : "";
            md.append("| ").append(split).append(" | ").append(ids.size()).append(" | ").append(cell(shown + more)).append(" |\n");
        });
        md.append('\n');
        leftOutMarkdown(md, (List<Map<String, Object>>) source.get("leftOut"), level);
        Map<String, Map<String, Integer>> counts = (Map<String, Map<String, Integer>>) source.get("labelCounts");
        TreeSet<String> labels = new TreeSet<>();
        counts.values().forEach(m -> labels.addAll(m.keySet()));
        md.append(level).append(" Label counts per split\n\n");
        if (labels.isEmpty()) {
            md.append("No spans were exported.\n\n");
        } else {
            md.append("| label |");
            counts.keySet().forEach(split -> md.append(' ').append(split).append(" |"));
            md.append(" total |\n|---|");
            counts.keySet().forEach(split -> md.append("---:|"));
            md.append("---:|\n");
            for (String label : labels) {
                md.append("| ").append(cell(label)).append(" |");
                int total = 0;
                for (Map<String, Integer> perLabel : counts.values()) {
                    int count = perLabel.getOrDefault(label, 0);
                    total += count;
                    md.append(' ').append(count).append(" |");
                }
                md.append(' ').append(total).append(" |\n");
            }
            md.append('\n');
        }
        md.append("Spans carried: ").append(source.get("spansCarried")).append(".\n\n");
        Map<String, Map<String, Object>> notCarried = (Map<String, Map<String, Object>>) source.get("spansNotCarried");
        md.append(level).append(" Spans not carried\n\n");
        if (notCarried.isEmpty()) {
            md.append("None: every selected span is in the output.\n\n");
        } else {
            md.append("| reason | spans |\n|---|---:|\n");
            notCarried.forEach((reason, problem) -> md.append("| ").append(cell(reason)).append(" | ")
                    .append(problem.get("count")).append(" |\n"));
            md.append('\n');
            notCarried.forEach((reason, problem) -> {
                md.append("Examples (").append(reason).append("):\n\n");
                ((List<String>) problem.get("examples")).forEach(e -> md.append("- `").append(e.replace("`", "'")).append("`\n"));
                md.append('\n');
            });
        }
        List<String> notes = (List<String>) source.get("notes");
        if (!notes.isEmpty()) {
            md.append(level).append(" Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
            md.append('\n');
        }
    }

    private static void leftOutMarkdown(StringBuilder md, List<Map<String, Object>> leftOut, String level) {
        if (leftOut.isEmpty()) {
            return;
        }
        md.append(level).append(" Documents left out\n\n").append(leftOut.size())
                .append(leftOut.size() == 1 ? " selected document was" : " selected documents were")
                .append(" not exported: the source has no annotation set for them, and exporting them would say"
                        + " \"nothing to mark here\" where nobody looked.\n\n| document | reason |\n|---|---|\n");
        for (Map<String, Object> document : leftOut.subList(0, Math.min(README_IDS, leftOut.size()))) {
            md.append("| ").append(cell(String.valueOf(document.get("id")))).append(" | ")
                    .append(cell(String.valueOf(document.get("reason")))).append(" |\n");
        }
        if (leftOut.size() > README_IDS) {
            md.append("| … and ").append(leftOut.size() - README_IDS).append(" more (see card.json) | |\n");
        }
        md.append('\n');
    }

    @SuppressWarnings("unchecked")
    private static void schemaMarkdown(StringBuilder md, Map<String, Object> schema) {
        md.append("## Schema `").append(schema.get("name")).append("`\n\n");
        for (Object entry : (List<Object>) schema.get("layers")) {
            Map<String, Object> layer = (Map<String, Object>) entry;
            md.append("### ").append(layer.get("name")).append(Boolean.TRUE.equals(layer.get("exported")) ? "" : " (not exported)")
                    .append("\n\n");
            if (layer.get("description") != null) {
                md.append(layer.get("description")).append(". ");
            }
            md.append(Boolean.TRUE.equals(layer.get("allowOverlap")) ? "Spans may overlap and nest.\n\n"
                    : "Spans never overlap.\n\n");
            md.append("| label | colour | description |\n|---|---|---|\n");
            for (Object label : (List<Object>) layer.get("labels")) {
                Map<String, Object> l = (Map<String, Object>) label;
                md.append("| ").append(cell(String.valueOf(l.get("name")))).append(" | ").append(l.get("color")).append(" | ")
                        .append(cell(l.get("description") == null ? "" : String.valueOf(l.get("description")))).append(" |\n");
            }
            md.append('\n');
            for (Object attribute : (List<Object>) layer.get("attributes")) {
                Map<String, Object> a = (Map<String, Object>) attribute;
                List<String> choices = (List<String>) a.get("choices");
                md.append("- attribute `").append(a.get("name")).append("`: ").append(a.get("kind"))
                        .append(choices.isEmpty() ? "" : " (" + String.join(", ", choices) + ")")
                        .append(a.get("default") == null ? "" : ", default " + a.get("default")).append('\n');
            }
            for (Object link : (List<Object>) layer.get("linkTypes")) {
                Map<String, Object> t = (Map<String, Object>) link;
                md.append("- link `").append(t.get("name")).append("` → ")
                        .append(String.join(" or ", (List<String>) t.get("targets")))
                        .append(Boolean.TRUE.equals(t.get("multiple")) ? " (several)" : " (at most one)").append('\n');
            }
            if (!((List<Object>) layer.get("attributes")).isEmpty() || !((List<Object>) layer.get("linkTypes")).isEmpty()) {
                md.append('\n');
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String splitLine(Map<String, Object> split) {
        if (split == null) {
            return "none: every document is in `all`";
        }
        Map<String, Object> ratios = (Map<String, Object>) split.get("ratios");
        StringBuilder text = new StringBuilder("by document, ");
        ratios.forEach((name, share) -> text.append(name).append(' ')
                .append(Math.round((Double) share * 1000) / 10.0).append("% "));
        text.append("(seed ").append(split.get("seed")).append(')');
        if (split.get("groupBy") != null) {
            text.append(", grouped by `").append(split.get("groupBy")).append('`');
        }
        if (Boolean.TRUE.equals(split.get("stratified"))) {
            text.append(", stratified by label");
        }
        return text.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
    }

    /** Table cells cannot hold pipes or line ends. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** The version of this Glossa build, in OSGi and on a plain class path alike. */
    static String glossaVersion() {
        return org.glossa.core.storage.GlossaBuild.version();
    }
}
