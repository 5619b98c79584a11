package org.glossa.core.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.Document;
import org.glossa.model.GlossaPackage;
import org.glossa.model.Project;

/**
 * An open project's {@link VerifiedFiles record of verified files}, kept valid for the project's schema as it is now.
 * The record's key hashes the whole schema, so it is compared with the schema only after the schema changed, not on
 * every set loaded.
 */
final class SchemaBoundRecord {
    private final ProjectLayout layout;
    private final Project project;
    private VerifiedFiles record;
    /** Whether the schema may have changed since the record was taken for it. */
    private boolean schemaChanged;

    SchemaBoundRecord(ProjectLayout layout, Project project) {
        this.layout = layout;
        this.project = project;
        watchSchema();
    }

    /** The record for the schema as it is now. */
    synchronized VerifiedFiles current() {
        if (record == null || schemaChanged && !record.isFor(project.getSchema())) {
            record = VerifiedFiles.load(layout, project.getSchema());
        }
        schemaChanged = false;
        return record;
    }

    /**
     * The record as loaded, without comparing it with a schema changed since: enough for set statuses, which do not
     * depend on the schema.
     */
    synchronized VerifiedFiles forStatuses() {
        if (record == null) {
            record = VerifiedFiles.load(layout, project.getSchema());
        }
        return record;
    }

    /**
     * When the set's file and the document's text are the versions the record found sound under the schema as it
     * is now: a test, after the set was read, that the file is still that version (then its validation can be
     * skipped: it would give the same verdict); else null.
     */
    BooleanSupplier unchangedSinceVerified(Document document, String annotator, Path file) {
        FileStamp before = FileStamp.of(file);
        VerifiedFiles verified = current();
        if (before == null || verified.soundSet(document, annotator, before) == null
                || !verified.isSoundText(document, FileStamp.of(layout.text(document.getId())))) {
            return null;
        }
        return () -> before.equals(FileStamp.of(file));
    }

    /** Takes a record loaded ahead of the index when it is the one for the schema, unless one is held already. */
    synchronized void adopt(VerifiedFiles loadedAhead) {
        if (record == null && loadedAhead.isFor(project.getSchema())) {
            record = loadedAhead;
            schemaChanged = false;
        }
    }

    /** Writes what was recorded since the record was loaded, if anything was. */
    void save(List<Document> documents) {
        if (record != null) {
            record.save(documents);
        }
    }

    private void watchSchema() {
        EContentAdapter schemaWatch = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                schemaChanged = true;
            }
        };
        if (project.getSchema() != null) {
            project.getSchema().eAdapters().add(schemaWatch);
        }
        project.eAdapters().add(new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (notification.getFeature() == GlossaPackage.Literals.PROJECT__SCHEMA) {
                    schemaChanged = true;
                    if (notification.getNewValue() instanceof AnnotationSchema schema) {
                        schema.eAdapters().add(schemaWatch);
                    }
                }
            }
        });
    }
}
