package org.glossa.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generated inputs for the end-to-end tests: brat documents with spans, and plain articles. */
final class SampleInputs {
    private SampleInputs() {
    }

    /**
     * {@code documents} brat documents PREFIX-d0... (text and .ann) with {@code spans} PER spans each; texts are
     * unique to the prefix, since documents are matched by text as well as by id.
     */
    static Path brat(Path dir, String prefix, int documents, int spans) throws IOException {
        Files.createDirectories(dir);
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            StringBuilder ann = new StringBuilder();
            for (int j = 0; j < spans; j++) {
                String name = "Person" + prefix + "x" + d + "x" + j;
                ann.append('T').append(j + 1).append("\tPER ").append(text.length()).append(' ')
                        .append(text.length() + name.length()).append('\t').append(name).append('\n');
                text.append(name).append(" met officials in Town").append(j).append(" on day ").append(d).append(".\n");
            }
            Files.writeString(dir.resolve(prefix + "-d" + d + ".txt"), text);
            Files.writeString(dir.resolve(prefix + "-d" + d + ".ann"), ann);
        }
        return dir;
    }

    /** {@code count} plain-text articles PREFIX-a0.txt... of a few paragraphs each. */
    static Path articles(Path dir, String prefix, int count) throws IOException {
        Files.createDirectories(dir);
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder("Council approves plan " + prefix + " number " + a + "\n\n");
            for (int p = 0; p < 6; p++) {
                text.append("The city council of Alder Bay voted on the harbour plan ").append(prefix).append(' ')
                        .append(a).append(" in session ").append(p).append(". Mayor Ines Calloway said the vote was"
                                + " a turning point for the waterfront, and residents packed the hall to listen.\n\n");
            }
            Files.writeString(dir.resolve(prefix + "-a" + a + ".txt"), text);
        }
        return dir;
    }
}
