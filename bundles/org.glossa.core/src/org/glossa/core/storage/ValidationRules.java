package org.glossa.core.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glossa.model.AnnotationSchema;

/**
 * What a verdict on an annotation set depends on besides the files: the schema, every feature of every element of
 * it, and the build of Glossa whose validator gave the verdict.
 */
final class ValidationRules {
    private ValidationRules() {
    }

    /** A key that changes whenever the schema or Glossa's build changes. */
    static String key(AnnotationSchema schema) {
        StringBuilder text = new StringBuilder(build()).append('\n');
        if (schema != null) {
            append(text, schema);
            schema.eAllContents().forEachRemaining(element -> append(text, element));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void append(StringBuilder text, EObject element) {
        text.append(element.eClass().getName()).append('{');
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            text.append(attribute.getName()).append('=').append(element.eGet(attribute)).append(';');
        }
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isContainer()) {
                Object value = element.eGet(reference, false);
                text.append(reference.getName()).append("->").append(value instanceof Iterable<?> targets
                        ? fragments(targets) : value instanceof EObject target ? EcoreUtil.getURI(target).fragment()
                                : String.valueOf(value)).append(';');
            }
        }
        text.append("}\n");
    }

    private static String fragments(Iterable<?> targets) {
        StringBuilder list = new StringBuilder("[");
        for (Object target : targets) {
            list.append(target instanceof EObject element ? EcoreUtil.getURI(element).fragment() : target).append(',');
        }
        return list.append(']').toString();
    }

    private static String build() {
        return GlossaBuild.version();
    }
}
