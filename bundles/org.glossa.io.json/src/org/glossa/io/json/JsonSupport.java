package org.glossa.io.json;

import org.glossa.core.files.InputLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson configuration of the JSON formats. */
final class JsonSupport {
    /**
     * A text is one string: strings are refused at the text limit while they are read, before they are whole
     * (characters are at most UTF-8 bytes; the exact byte count is checked when the document is matched).
     */
    static final int MAX_STRING_LENGTH = (int) InputLimits.MAX_TEXT_BYTES;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
            // non-ASCII text is written as is (UTF-8), as Python's json.dumps(ensure_ascii=False) does
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            // and characters beyond the BMP as the 4 UTF-8 bytes they are, not as two escaped surrogates
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private JsonSupport() {
    }
}
