package org.glossa.agreement.report;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.agreement.Figure;
import org.glossa.agreement.attribution.AttributionAgreement;
import org.glossa.agreement.coding.CodingFigure;
import org.glossa.agreement.confusion.ConfusionMatrix;
import org.glossa.agreement.report.AgreementReport.DocumentUnitizing;
import org.glossa.agreement.report.AgreementReport.LayerReport;
import org.glossa.agreement.report.AgreementReport.PairReport;
import org.glossa.agreement.report.AgreementReport.Unitizing;
import org.glossa.agreement.spanf1.F1Counts;
import org.glossa.agreement.spanf1.F1Table;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link AgreementReport} as the JSON document scripts rely on; Jackson uses it for every
 * {@code AgreementReport} ({@code objectMapper.writeValueAsString(report)}). Its keys are a contract:
 * {@code layers.<Layer>.unitizing_alpha.overall}, {@code .labels.<Label>}, {@code percentage_agreement},
 * {@code fleiss_kappa}, {@code krippendorff_alpha_nominal} and {@code pairs[]} with {@code a}, {@code b},
 * {@code cohen_kappa}, {@code scott_pi}, {@code f1_exact.micro}, {@code f1_overlap.micro}. An undefined figure is
 * {@code null} with {@code <key>_reason} beside it.
 */
public final class AgreementReportJson extends StdSerializer<AgreementReport> {
    public static final String FORMAT = "glossa-agreement-report";
    public static final int VERSION = 1;

    private static final long serialVersionUID = 1L;

    public AgreementReportJson() {
        super(AgreementReport.class);
    }

    @Override
    public void serialize(AgreementReport report, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        json.writeStringField("project", report.project());
        json.writeStringField("generated", report.generated().toString());
        strings(json, "documents", report.documents());
        json.writeObjectFieldStart("left_out_documents");
        for (Map.Entry<String, String> document : report.leftOutDocuments().entrySet()) {
            json.writeStringField(document.getKey(), document.getValue());
        }
        json.writeEndObject();
        strings(json, "annotators", report.annotators());
        strings(json, "notes", AgreementReport.NOTES);
        json.writeObjectFieldStart("layers");
        for (LayerReport layer : report.layers()) {
            json.writeFieldName(layer.layer());
            layer(json, layer);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void layer(JsonGenerator json, LayerReport layer) throws IOException {
        json.writeStartObject();
        strings(json, "labels", layer.labels());
        strings(json, "annotators", layer.annotators());
        json.writeObjectFieldStart("spans");
        for (Map.Entry<String, Integer> spans : layer.spans().entrySet()) {
            json.writeFieldName(spans.getKey());
            json.writeNumber(spans.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("spans_outside_body", layer.study().spansOutsideBody());
        json.writeNumberField("continuum_length", layer.unitizing().continuumLength());
        unitizing(json, layer.unitizing(), layer.documents());
        json.writeObjectFieldStart("items");
        json.writeNumberField("total", layer.items().total());
        json.writeNumberField("complete", layer.items().complete());
        json.writeNumberField("ambiguous", layer.items().ambiguous());
        json.writeEndObject();
        coding(json, "percentage_agreement", layer.percentage());
        coding(json, "fleiss_kappa", layer.fleiss());
        coding(json, "krippendorff_alpha_nominal", layer.krippendorff());
        json.writeArrayFieldStart("pairs");
        for (PairReport pair : layer.pairs()) {
            pair(json, pair);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void unitizing(JsonGenerator json, Unitizing unitizing, List<DocumentUnitizing> documents)
            throws IOException {
        json.writeObjectFieldStart("unitizing_alpha");
        figure(json, "overall", unitizing.overall());
        labelFigures(json, unitizing.labels());
        json.writeObjectFieldStart("units");
        for (Map.Entry<String, Integer> units : unitizing.units().entrySet()) {
            json.writeFieldName(units.getKey());
            json.writeNumber(units.getValue());
        }
        json.writeEndObject();
        numbers(json, "observed_disagreement", unitizing.observed());
        numbers(json, "expected_disagreement", unitizing.expected());
        json.writeArrayFieldStart("documents");
        for (DocumentUnitizing document : documents) {
            json.writeStartObject();
            json.writeStringField("document", document.documentId());
            figure(json, "overall", document.overall());
            labelFigures(json, document.labels());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void pair(JsonGenerator json, PairReport pair) throws IOException {
        json.writeStartObject();
        json.writeStringField("a", pair.a());
        json.writeStringField("b", pair.b());
        coding(json, "percentage_agreement", pair.percentage());
        coding(json, "cohen_kappa", pair.cohen());
        coding(json, "scott_pi", pair.scott());
        f1(json, "f1_exact", pair.exact());
        f1(json, "f1_overlap", pair.overlap());
        confusion(json, pair.confusion());
        if (!pair.attribution().isEmpty()) {
            // one entry per link type; a repeated type (there is none) would keep its first place and last figures
            Map<String, AttributionAgreement> byType = new LinkedHashMap<>();
            pair.attribution().forEach(links -> byType.put(links.linkType(), links));
            json.writeObjectFieldStart("attribution");
            for (AttributionAgreement links : byType.values()) {
                json.writeObjectFieldStart(links.linkType());
                json.writeNumberField("matched", links.matched());
                json.writeNumberField("agreeing", links.agreeing());
                json.writeNumberField("partial", links.partial());
                figure(json, "share", links.share());
                counts(json, links.pairs());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void confusion(JsonGenerator json, ConfusionMatrix confusion) throws IOException {
        json.writeObjectFieldStart("confusion");
        json.writeStringField("rows", confusion.rows());
        json.writeStringField("columns", confusion.columns());
        strings(json, "labels", confusion.labels());
        json.writeArrayFieldStart("matrix");
        for (long[] row : confusion.counts()) {
            json.writeStartArray();
            for (long cell : row) {
                json.writeNumber(cell);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void f1(JsonGenerator json, String key, F1Table table) throws IOException {
        json.writeObjectFieldStart(key);
        json.writeStringField("reference", table.reference());
        figure(json, "micro", table.micro().f1());
        figure(json, "macro", table.macro());
        figure(json, "precision", table.micro().precision());
        figure(json, "recall", table.micro().recall());
        json.writeNumberField("tp", table.micro().tp());
        json.writeNumberField("fp", table.micro().fp());
        json.writeNumberField("fn", table.micro().fn());
        json.writeObjectFieldStart("labels");
        for (Map.Entry<String, F1Counts> label : table.labels().entrySet()) {
            json.writeObjectFieldStart(label.getKey());
            counts(json, label.getValue());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void counts(JsonGenerator json, F1Counts counts) throws IOException {
        figure(json, "precision", counts.precision());
        figure(json, "recall", counts.recall());
        figure(json, "f1", counts.f1());
        json.writeNumberField("tp", counts.tp());
        json.writeNumberField("fp", counts.fp());
        json.writeNumberField("fn", counts.fn());
    }

    private static void coding(JsonGenerator json, String key, CodingFigure figure) throws IOException {
        figure(json, key, figure.figure());
        json.writeObjectFieldStart(key + "_items");
        json.writeNumberField("used", figure.itemsUsed());
        json.writeNumberField("left_out", figure.itemsLeftOut());
        json.writeEndObject();
    }

    /** Values under "labels", and the reasons of the undefined ones under "label_reasons". */
    private static void labelFigures(JsonGenerator json, Map<String, Figure> figures) throws IOException {
        json.writeObjectFieldStart("labels");
        for (Map.Entry<String, Figure> label : figures.entrySet()) {
            value(json, label.getKey(), label.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("label_reasons");
        for (Map.Entry<String, Figure> label : figures.entrySet()) {
            if (!label.getValue().isDefined()) {
                json.writeStringField(label.getKey(), label.getValue().reason());
            }
        }
        json.writeEndObject();
    }

    /** A figure under its key; when undefined, null and the reason under {@code <key>_reason}. */
    private static void figure(JsonGenerator json, String key, Figure figure) throws IOException {
        value(json, key, figure);
        if (!figure.isDefined()) {
            json.writeStringField(key + "_reason", figure.reason());
        }
    }

    private static void value(JsonGenerator json, String key, Figure figure) throws IOException {
        json.writeFieldName(key);
        if (figure.isDefined()) {
            json.writeNumber(figure.value());
        } else {
            json.writeNull();
        }
    }

    private static void numbers(JsonGenerator json, String key, Map<String, Double> values) throws IOException {
        json.writeObjectFieldStart(key);
        for (Map.Entry<String, Double> value : values.entrySet()) {
            json.writeFieldName(value.getKey());
            if (value.getValue() == null) {
                json.writeNull();
            } else {
                json.writeNumber(value.getValue());
            }
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String key, List<String> values) throws IOException {
        json.writeArrayFieldStart(key);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
