package org.glossa.cli;

import java.io.IOException;
import java.io.PrintStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a command writes: human text or one JSON document on stdout, warnings and errors on stderr. */
final class Output {
    /** Made when a command first writes JSON: making a mapper is a tenth of a short command's start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    private final PrintStream out;
    private final PrintStream err;

    Output(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void line(String text) {
        out.println(text);
    }

    void warn(String text) {
        err.println("glossa: " + text);
    }

    ObjectNode object() {
        return Json.MAPPER.createObjectNode();
    }

    void json(Object document) throws IOException {
        out.println(Json.MAPPER.writeValueAsString(document));
    }
}
