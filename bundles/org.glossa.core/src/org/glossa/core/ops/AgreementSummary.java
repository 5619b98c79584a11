package org.glossa.core.ops;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.glossa.core.storage.ProjectStore;

/**
 * The inter-annotator agreement behind an export, for its dataset card. The agreement bundle implements it (core
 * cannot depend on it); an export without one records that agreement was not computed.
 */
@FunctionalInterface
public interface AgreementSummary {

    /**
     * @return the figures as a JSON-shaped tree (maps, lists, strings, numbers, null) for {@code card.json}
     */
    Map<String, Object> summarize(ProjectStore store, List<String> layers, List<String> documentIds) throws IOException;
}
