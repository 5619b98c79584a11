package org.glossa.core.ops;

import java.io.IOException;
import java.util.List;

import org.glossa.core.storage.ProjectStore;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The inter-annotator agreement behind an export, for its dataset card. The review bundle implements it (core
 * cannot depend on the agreement bundles); an export without one records that agreement was not computed.
 */
@FunctionalInterface
public interface AgreementSummary {

    /**
     * @return the figures as written into {@code card.json} under "agreement": either {@code reason} alone (why
     *         there are no figures), or {@code annotators}, {@code documents}, {@code documents_left_out},
     *         {@code report_command} and {@code layers.<Layer>} with {@code unitizing_alpha},
     *         {@code krippendorff_alpha_nominal}, {@code fleiss_kappa}, {@code mean_f1_exact} and
     *         {@code mean_f1_overlap}, each a number, or null with {@code <key>_reason} beside it
     */
    ObjectNode summarize(ProjectStore store, List<String> layers, List<String> documentIds) throws IOException;
}
