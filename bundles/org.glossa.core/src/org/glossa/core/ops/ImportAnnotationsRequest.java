package org.glossa.core.ops;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an annotation import is asked to do; the CLI and the workbench fill it in the same way.
 *
 * @param formatId   the format of the files
 * @param annotator  whose sets receive the annotations ({@code gold} for the gold sets)
 * @param layer      the layer of types that do not name a layer; null for {@code Entity}
 * @param strict     refuse missing labels, unknown relations and attributes instead of adding or skipping them
 * @param paths      files and folders to read
 * @param attributes other names (and values) of the schema's attributes in the files
 * @param followSymlinks follow links inside given folders that lead outside them (else skipped with a warning); an
 *                   unreadable folder or a link loop is an error either way
 */
public record ImportAnnotationsRequest(String formatId, String annotator, String layer, boolean strict, List<Path> paths,
        AttributeMapping attributes, boolean followSymlinks) {

    public ImportAnnotationsRequest {
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(annotator, "annotator");
        paths = List.copyOf(paths);
        attributes = attributes == null ? AttributeMapping.NONE : attributes;
    }

    /** A request that does not follow links leading outside given folders. */
    public ImportAnnotationsRequest(String formatId, String annotator, String layer, boolean strict, List<Path> paths,
            AttributeMapping attributes) {
        this(formatId, annotator, layer, strict, paths, attributes, false);
    }

    /** A lenient import into the default layer, without attribute mappings. */
    public static ImportAnnotationsRequest of(String formatId, String annotator, List<Path> paths) {
        return new ImportAnnotationsRequest(formatId, annotator, null, false, paths, AttributeMapping.NONE);
    }

    public ImportAnnotationsRequest withLayer(String newLayer) {
        return new ImportAnnotationsRequest(formatId, annotator, newLayer, strict, paths, attributes, followSymlinks);
    }

    public ImportAnnotationsRequest withStrict(boolean newStrict) {
        return new ImportAnnotationsRequest(formatId, annotator, layer, newStrict, paths, attributes, followSymlinks);
    }

    public ImportAnnotationsRequest withAttributes(AttributeMapping newAttributes) {
        return new ImportAnnotationsRequest(formatId, annotator, layer, strict, paths, newAttributes, followSymlinks);
    }

    public ImportAnnotationsRequest withFollowSymlinks(boolean follow) {
        return new ImportAnnotationsRequest(formatId, annotator, layer, strict, paths, attributes, follow);
    }
}
