package org.glossa.io.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glossa.core.files.FolderWalk;
import org.glossa.core.files.ReadingFailure;
import org.glossa.core.format.XmlText;
import org.glossa.core.ops.DocumentIds;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.validation.InvalidModelException;

/**
 * Imports article files and folders into a project. Each file is read and checked completely before
 * anything is written; a file that cannot be imported is skipped with its reason and never affects the
 * documents already in the project or imported before it. Re-importing a text already present (same content
 * hash) creates no duplicate.
 */
public final class ImportArticlesOperation {
    private final ProjectStore store;
    private final List<Path> paths;
    private final ImportOptions options;
    private final boolean followSymlinks;
    private final ArticleReader reader = new ArticleReader();

    public ImportArticlesOperation(ProjectStore store, List<Path> paths, ImportOptions options) {
        this(store, paths, options, false);
    }

    /** @param followSymlinks follow links inside given folders that lead outside them (else skipped with a warning) */
    public ImportArticlesOperation(ProjectStore store, List<Path> paths, ImportOptions options, boolean followSymlinks) {
        this.store = store;
        this.paths = List.copyOf(paths);
        this.options = options;
        this.followSymlinks = followSymlinks;
    }

    public ImportReport execute(IProgressMonitor monitor) throws IOException, InvalidModelException {
        // An unreadable subfolder or a link loop is skipped and listed, like a file that cannot be imported.
        FolderWalk folders = new FolderWalk(followSymlinks, false);
        List<Path> files = ImportScanner.expand(paths, folders);
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + files.size() + " files", files.size() + 1);
        Map<String, String> idsByHash = new HashMap<>();
        for (Document document : store.project().getDocuments()) {
            idsByHash.put(document.getContentHash(), document.getId());
        }
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        folders.problems().forEach(p -> skipped.add(new ImportReport.Skipped(p.path(), p.toString())));
        boolean cancelled = false;
        for (Path file : files) {
            if (progress.isCanceled()) {
                cancelled = true;
                break;
            }
            progress.subTask(file.getFileName().toString());
            ImportedArticle article;
            try {
                article = reader.read(file, options);
            } catch (ArticleImportException e) {
                skipped.add(new ImportReport.Skipped(file, e.getMessage()));
                progress.worked(1);
                continue;
            } catch (VirtualMachineError e) {
                throw ReadingFailure.of(file, e);
            }
            String existing = idsByHash.get(article.contentHash());
            if (existing != null) {
                duplicates.add(new ImportReport.Duplicate(file, existing));
            } else {
                Document document = store.addDocument(toDocument(article), article.text());
                idsByHash.put(article.contentHash(), document.getId());
                imported.add(new ImportReport.Imported(file, document.getId(), document.getTitle(),
                        document.getTextLength(), document.getBodyEnd() - document.getBodyBegin()));
            }
            progress.worked(1);
        }
        // What was imported before a cancel is kept: each document is complete on its own.
        store.save();
        progress.worked(1);
        return new ImportReport(imported, duplicates, skipped, folders.warnings(), cancelled);
    }

    private Document toDocument(ImportedArticle article) {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setId(DocumentIds.unique(article.suggestedId(), id -> store.document(id).isPresent()));
        // the text goes to its own file; what goes into the project's XML is cleaned of characters XML cannot hold
        document.setTitle(XmlText.clean(article.title()));
        document.setSource(XmlText.clean(article.source()));
        document.setDate(XmlText.clean(article.date()));
        document.setLanguage(XmlText.clean(article.language()));
        document.setContentHash(article.contentHash());
        document.setBodyBegin(article.body().begin());
        document.setBodyEnd(article.body().end());
        article.metadata().forEach((key, value) -> document.getMetadata().put(XmlText.clean(key), XmlText.clean(value)));
        document.getMetadata().put("format", article.format());
        document.getMetadata().put("charset", article.charset());
        return document;
    }
}
