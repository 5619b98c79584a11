package org.glossa.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson configuration of the JSON formats. */
final class JsonSupport {
    /**
     * Jackson refuses strings over 20 million characters by default; a long article's text is one string, so
     * reading allows up to a billion.
     */
    private static final int MAX_STRING_LENGTH = 1 << 30;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
            // non-ASCII text is written as is (UTF-8), as Python's json.dumps(ensure_ascii=False) does
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private JsonSupport() {
    }
}
