package org.glossa.io.conll;

import org.glossa.testing.FormatRegistrationCheck;
import org.junit.jupiter.api.Test;

/**
 * The bundle registers its formats as Declarative Services components (one hand-written XML each) and lists
 * the same classes for {@link java.util.ServiceLoader} outside OSGi.
 */
class ConllRegistrationTest {
    @Test
    void componentsAndServiceListNameTheSameFormats() throws Exception {
        FormatRegistrationCheck.check("org.glossa.io.conll", ConllFormat.class, "conll=export+import,opennlp=export");
    }
}
