package org.glossa.core.ops;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.glossa.core.storage.ProjectStore;

/**
 * Where gold is not finished: places where annotators disagree and gold has decided nothing yet. A gold export
 * flags such documents in its summary and dataset card. The agreement bundle implements it (core cannot depend on
 * it); a gold export without one records that this was not checked.
 */
@FunctionalInterface
public interface UndecidedDisagreements {

    /**
     * @param layers      the exported layers
     * @param documentIds the exported gold documents
     * @return for each document with undecided places, how many it has (documents without any are absent)
     */
    Map<String, Integer> count(ProjectStore store, List<String> layers, List<String> documentIds) throws IOException;
}
