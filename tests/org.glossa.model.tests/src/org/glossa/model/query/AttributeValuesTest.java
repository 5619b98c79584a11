package org.glossa.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Layer;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.junit.jupiter.api.Test;

/** The values the editor's attribute keys step through, and how the schema's default reads, on the news schema. */
class AttributeValuesTest {
    private final AnnotationSchema schema = NewsSchema.create();

    @Test
    void aQuoteStepsThroughItsTypesFromTheDefault() {
        Layer quote = SchemaQuery.layer(schema, NewsSchema.QUOTE).orElseThrow();
        AttributeDefinition type = AttributeValues.firstEnumerated(quote).orElseThrow();
        assertEquals("type", type.getName());
        SpanAnnotation span = span(NewsSchema.QUOTE);

        assertEquals("direct", AttributeValues.effective(span, type), "unset: the schema's default is in effect");
        assertEquals(Optional.of("indirect"), AttributeValues.step(span, type, true));
        assertEquals(Optional.of("mixed"), AttributeValues.step(span, type, false), "backwards wraps around");
        span.getAttributes().put("type", "mixed");
        assertEquals(Optional.of("direct"), AttributeValues.step(span, type, true), "forwards wraps around");
    }

    @Test
    void theDefaultIsMarkedAndAFreeTextAttributeHasNoSteps() {
        Layer claim = SchemaQuery.layer(schema, NewsSchema.CLAIM).orElseThrow();
        AttributeDefinition stance = AttributeValues.firstEnumerated(claim).orElseThrow();
        assertEquals("stance", stance.getName());
        assertEquals("asserts (default)", AttributeValues.display(stance, "asserts"));
        assertEquals("denies", AttributeValues.display(stance, "denies"));
        assertEquals("asserts (default)", AttributeValues.unsetDisplay(stance));
        assertEquals(List.of("asserts", "denies", "questions"), AttributeValues.choices(stance));

        Layer entity = SchemaQuery.layer(schema, NewsSchema.ENTITY).orElseThrow();
        AttributeDefinition canonical = entity.getAttributes().get(0);
        assertFalse(AttributeValues.isEnumerated(canonical));
        assertTrue(AttributeValues.firstEnumerated(entity).isEmpty(), "entities have no enumerated attribute");
        assertTrue(AttributeValues.step(span(NewsSchema.ENTITY), canonical, true).isEmpty());
        assertEquals("", AttributeValues.unsetDisplay(canonical), "no default: nothing to show");
    }

    private static SpanAnnotation span(String layer) {
        SpanAnnotation span = GlossaFactory.eINSTANCE.createSpanAnnotation();
        span.setLayer(layer);
        span.setBegin(0);
        span.setEnd(4);
        return span;
    }
}
