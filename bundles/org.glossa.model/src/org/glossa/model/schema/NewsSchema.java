package org.glossa.model.schema;

import static org.glossa.model.schema.SchemaBuilder.attribute;
import static org.glossa.model.schema.SchemaBuilder.choice;
import static org.glossa.model.schema.SchemaBuilder.label;
import static org.glossa.model.schema.SchemaBuilder.layer;
import static org.glossa.model.schema.SchemaBuilder.link;

import java.util.List;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeKind;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Layer;

/**
 * The default "news" schema: entities, quotes linked to their speakers (and cue), claims linked to their
 * claimants. All layers allow overlapping and nested spans, as news text needs (a quote contains entities,
 * a claim may be a quote).
 * <p>
 * A quote may have several speakers and a claim several claimants: news attributes one statement to several
 * people ("Kim and Halvorssen expressed concerns"), and keeping only one of them would be wrong training data.
 * The cue stays single: one reporting verb introduces a quote, and a second pick in the editor replaces a wrong
 * first one instead of piling up.
 */
public final class NewsSchema {
    public static final String NAME = "news";
    public static final String ENTITY = "Entity";
    public static final String QUOTE = "Quote";
    public static final String CLAIM = "Claim";
    public static final String CUE = "Cue";
    public static final String SPEAKER = "speaker";
    public static final String CLAIMANT = "claimant";
    public static final String CUE_LINK = "cue";

    private NewsSchema() {
    }

    public static AnnotationSchema create() {
        AnnotationSchema schema = GlossaFactory.eINSTANCE.createAnnotationSchema();
        schema.setName(NAME);

        // Colours from published colour-blind-safe sets: Paul Tol's schemes ("Colour Schemes", SRON/EPS/TN/09-002:
        // light, pale, bright, muted) and Okabe & Ito's ("Color Universal Design", 2008). Chosen so that the labels of one
        // layer stay apart (CIEDE2000 of at least 9) under normal vision and simulated protanopia, deuteranopia and
        // tritanopia, and from the grey of the text outside the body; black text stays readable on each (contrast of
        // at least 4.5:1). The editor's palette test (PaletteTest) checks this.
        Layer entity = layer(schema, ENTITY, "Named entities and dates", true);
        label(entity, "PER", "#ee6677", "1", "Person");
        label(entity, "ORG", "#77aadd", "2", "Organisation");
        label(entity, "LOC", "#009e73", "3", "Location that is not a political entity");
        label(entity, "GPE", "#999933", "4", "Geo-political entity: country, city, state");
        label(entity, "NORP", "#ffcccc", "5", "Nationality, religious or political group");
        label(entity, "EVENT", "#f0e442", "6", "Named event");
        label(entity, "LAW", "#ccbb44", "7", "Named law, bill or treaty");
        label(entity, "DATE", "#cceeff", "8", "Date or period");
        label(entity, "MISC", "#eeeebb", "9", "Other named thing");
        attribute(entity, "canonical", AttributeKind.TEXT)
                .setDefaultValue(null);

        Layer cue = layer(schema, CUE, "Reporting verbs and cues such as 'said' or 'according to'", true);
        label(cue, "CUE", "#e69f00", "u", "Cue of a quote");

        Layer quote = layer(schema, QUOTE, "Quotations with their speaker", true);
        label(quote, "QUOTE", "#ee3377", "q", "Reported speech");
        choice(quote, "type", "direct", List.of("direct", "indirect", "mixed"));
        link(quote, SPEAKER, true, entity);
        link(quote, CUE_LINK, false, cue);

        Layer claim = layer(schema, CLAIM, "Check-worthy claims with their claimant", true);
        label(claim, "CLAIM", "#56b4e9", "c", "A claim made in the text");
        choice(claim, "stance", "asserts", List.of("asserts", "denies", "questions"));
        choice(claim, "checkWorthiness", "unsure", List.of("check-worthy", "not-check-worthy", "unsure"));
        link(claim, CLAIMANT, true, entity, quote);
        return schema;
    }
}
