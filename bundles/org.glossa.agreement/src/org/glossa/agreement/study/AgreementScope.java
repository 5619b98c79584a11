package org.glossa.agreement.study;

import java.util.List;

/**
 * What to compare: layers (empty = every layer of the schema), annotators (empty = everyone with annotations on
 * the selected documents) and documents (empty = the whole project), each in the order given.
 */
public record AgreementScope(List<String> layers, List<String> annotators, List<String> documents) {

    public AgreementScope {
        layers = List.copyOf(layers == null ? List.of() : layers);
        annotators = List.copyOf(annotators == null ? List.of() : annotators);
        documents = List.copyOf(documents == null ? List.of() : documents);
    }

    public static AgreementScope everything() {
        return new AgreementScope(List.of(), List.of(), List.of());
    }
}
