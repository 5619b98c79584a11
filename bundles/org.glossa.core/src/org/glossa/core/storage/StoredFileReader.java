package org.glossa.core.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.core.files.FileErrors;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.validation.ModelProblem;
import org.glossa.model.validation.ModelValidator;
import org.glossa.text.ContentHash;

/**
 * Reads a project's texts and annotation sets from their files for {@link ProjectStore}, trusting nothing: a text
 * must be UTF-8 with the hash recorded at import, a set must belong to its document, annotator and text and hold
 * valid annotations. Every damaged file is added to the store's problems and thrown as a
 * {@link DamagedFileException}.
 */
final class StoredFileReader {
    /** Where the text of a document comes from when a set is checked against it. */
    @FunctionalInterface
    interface Texts {
        String text(Document document) throws DamagedFileException;
    }

    private final List<StorageProblem> problems;

    /** @param problems the store's problems, which damaged files are added to */
    StoredFileReader(List<StorageProblem> problems) {
        this.problems = problems;
    }

    /** The document's text from its file, checked against the recorded hash. */
    String readText(Document document, Path file) throws DamagedFileException {
        return readText(document, file, null);
    }

    /**
     * The same; when {@code verifiedUnchanged} is given and says, after the reading, that the file read is the version
     * the record of verified files found sound for the document's hash, the hash is not computed again.
     */
    String readText(Document document, Path file, java.util.function.BooleanSupplier verifiedUnchanged)
            throws DamagedFileException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            boolean vouched = verifiedUnchanged != null && text.length() == document.getTextLength()
                    && verifiedUnchanged.getAsBoolean();
            if (!vouched && document.getContentHash() != null && !document.getContentHash().equals(ContentHash.of(text))) {
                throw new DamagedFileException(file, "content differs from the text that was imported"
                        + " (hash mismatch); annotation offsets cannot be trusted", null);
            }
            return text;
        } catch (CharacterCodingException e) {
            throw damaged(file, "is not valid UTF-8", e);
        } catch (DamagedFileException e) {
            synchronized (problems) { // an export reads several documents at once
                problems.add(e.problem());
            }
            throw e;
        } catch (IOException e) {
            throw damaged(file, "cannot be read: " + FileErrors.rootReason(e), e);
        }
    }

    /** The annotator's (or gold's) set of the document from its file, loaded into the resource and checked. */
    AnnotationSet readSet(Document document, String annotator, Path file, XMIResourceImpl resource,
            AnnotationSchema schema, Texts texts) throws DamagedFileException {
        return readSet(document, annotator, file, resource, schema, texts, null);
    }

    /**
     * The same; when {@code verifiedUnchanged} is given and says, after the reading, that the file read is the version
     * the record of verified files found sound, its annotations are not validated again.
     */
    AnnotationSet readSet(Document document, String annotator, Path file, XMIResourceImpl resource,
            AnnotationSchema schema, Texts texts, java.util.function.BooleanSupplier verifiedUnchanged)
            throws DamagedFileException {
        return readSet(document, annotator, file, resource, schema, texts, verifiedUnchanged, true);
    }

    /**
     * The same; without {@code attach}, a set in the plain form is not added to {@code resource} (a set read to be
     * kept nowhere, as an export's, needs none of a resource's bookkeeping: its ID map, its walk over the contents);
     * one EMF loads is in it as always.
     */
    AnnotationSet readSet(Document document, String annotator, Path file, XMIResourceImpl resource,
            AnnotationSchema schema, Texts texts, java.util.function.BooleanSupplier verifiedUnchanged, boolean attach)
            throws DamagedFileException {
        EObject root;
        try {
            root = load(file, resource, attach);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "cannot be read: " + FileErrors.rootReason(e), e);
        }
        if (!(root instanceof AnnotationSet set)) {
            throw damaged(file, "does not hold an annotation set", null);
        }
        if (!document.getId().equals(set.getDocumentId())) {
            throw damaged(file, "belongs to document '" + set.getDocumentId() + "', not '" + document.getId() + "'", null);
        }
        String owner = set.isGold() ? ProjectLayout.GOLD : set.getAnnotator();
        if (!annotator.equals(owner)) {
            throw damaged(file, "belongs to " + (set.isGold() ? "gold" : "annotator '" + owner + "'")
                    + ", not to " + (ProjectLayout.GOLD.equals(annotator) ? "gold" : "annotator '" + annotator + "'"), null);
        }
        if (set.getContentHash() != null && document.getContentHash() != null
                && !set.getContentHash().equals(document.getContentHash())) {
            throw damaged(file, "was made for a different text of document '" + document.getId() + "' (hash mismatch)", null);
        }
        List<ModelProblem> invalid = verifiedUnchanged != null && verifiedUnchanged.getAsBoolean() ? List.of()
                : validate(document, set, schema, texts);
        if (!invalid.isEmpty()) {
            throw damaged(file, "holds invalid annotations: " + invalid.get(0)
                    + (invalid.size() > 1 ? " (and " + (invalid.size() - 1) + " more)" : ""), null);
        }
        resource.setModified(false);
        return set;
    }

    /**
     * The file's root object, in the resource: built by {@link PlainSetReader} when the file is in the plain form
     * Glossa writes (the same objects, a fraction of EMF's cost), else loaded by EMF, which refuses what is wrong.
     */
    private static EObject load(Path file, XMIResourceImpl resource, boolean attach) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        AnnotationSet plain = PlainSetReader.read(bytes);
        if (plain == null) {
            return SecureXmi.load(resource, new ByteArrayInputStream(bytes));
        }
        if (attach) {
            resource.getContents().add(plain);
        }
        return plain;
    }

    /**
     * The set's problems against the recorded text length and then, when there are none, against the text itself
     * (surrogate pairs); a damaged text is reported by the text's reading. When the text is at hand and has the
     * recorded length, one pass does both (the text's check begins with the length's): a set is checked once.
     */
    private static List<ModelProblem> validate(Document document, AnnotationSet set, AnnotationSchema schema, Texts texts)
            throws DamagedFileException {
        String known = texts instanceof KnownText given ? given.text() : null;
        if (known != null && known.length() == document.getTextLength()) {
            List<ModelProblem> invalid = ModelValidator.validate(set, schema, known);
            if (invalid.isEmpty()) {
                return invalid;
            }
            // Damaged: described exactly as the two passes describe it.
        }
        List<ModelProblem> invalid = ModelValidator.validate(set, schema, document.getTextLength());
        return invalid.isEmpty() ? ModelValidator.validate(set, schema, texts.text(document)) : invalid;
    }

    /** A text already read (and checked) for the set's document. */
    record KnownText(String text) implements Texts {
        @Override
        public String text(Document document) {
            return text;
        }
    }

    private DamagedFileException damaged(Path file, String reason, Throwable cause) {
        DamagedFileException exception = new DamagedFileException(file, reason, cause);
        synchronized (problems) {
            problems.add(exception.problem());
        }
        return exception;
    }
}
