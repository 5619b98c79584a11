package org.glossa.io.conll;

import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportException;

/**
 * The options every token format here shares: which layer ({@code layer}, default the first selected layer)
 * and which of its overlapping spans to keep ({@code nested}, default outermost).
 */
record TokenLayerOptions(String layer, NestingPolicy nesting) {
    static final String LAYER_HELP = "the span layer to write (default: the first selected layer, normally Entity)";
    static final String NESTED_HELP = "outermost (default) | innermost | longest: which of overlapping or nested spans"
            + " to keep; the others are reported";

    static TokenLayerOptions from(ExportContext context) throws ExportException {
        String layer = context.option("layer", context.layers().isEmpty() ? null : context.layers().get(0));
        if (layer == null) {
            throw new ExportException("no layer selected: a token format writes one span layer");
        }
        if (!context.layers().contains(layer)) {
            throw new ExportException("option layer=" + layer + " is not among the exported layers " + context.layers());
        }
        return new TokenLayerOptions(layer, NestingPolicy.parse(context.option("nested", "outermost")));
    }
}
