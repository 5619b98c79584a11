package org.glossa.io.xmi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.core.format.ExportContext;
import org.glossa.core.format.ExportDocument;
import org.glossa.core.format.ExportException;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.storage.SecureXmi;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.GlossaFactory;
import org.glossa.model.Link;
import org.glossa.model.Project;
import org.glossa.model.SpanAnnotation;

/**
 * Glossa's own XMI, for moving annotations between Glossa projects: {@code schema.xmi} (a copy of the schema),
 * {@code documents.xmi} (a project element named after the source that holds copies of the documents' entries:
 * id, title, body region, metadata, content hash), and per document {@code <id>.xmi} holding a copy of the
 * exported annotation set restricted to the exported spans (selected layers and labels, inside the body), plus
 * {@code texts/<id>.txt}. Every file has one root element, as Glossa's storage reads them. Offsets stay UTF-16
 * code units, as in the project. Links to spans that are not exported are left out and reported. Splits are
 * not used: every document goes in the same folder.
 */
public final class XmiFormat implements FormatSupport {
    @Override
    public String id() {
        return "xmi";
    }

    @Override
    public String name() {
        return "Glossa XMI";
    }

    @Override
    public String description() {
        return "Glossa's own XMI for exchange between Glossa projects: schema.xmi, <id>.xmi (document and annotation set),"
                + " texts/<id>.txt; UTF-16 offsets";
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public String offsetConvention() {
        return "UTF-16 code units, end exclusive (as stored in Glossa projects)";
    }

    @Override
    public void write(ExportContext context, IProgressMonitor monitor) throws IOException, ExportException {
        save(context, context.file("schema.xmi"), List.of(EcoreUtil.copy(context.schema())));
        Path texts = Files.createDirectories(context.file("texts"));
        Project documents = GlossaFactory.eINSTANCE.createProject();
        documents.setName(context.source());
        for (Document document : context.projectDocuments()) {
            documents.getDocuments().add(EcoreUtil.copy(document));
        }
        save(context, context.file("documents.xmi"), List.of(documents));
        SubMonitor progress = SubMonitor.convert(monitor, "Writing XMI files", context.documentCount());
        int[] dropped = { 0 };
        context.forEachDocument(document -> {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            AnnotationSet set = copyOfExportedSpans(context, document);
            dropped[0] += removeLinksLeavingTheSet(set);
            save(context, context.file(document.id() + ".xmi"), List.of(set));
            Path text = context.file("texts", document.id() + ".txt");
            Files.writeString(text, document.text(), StandardCharsets.UTF_8);
            context.report().written(text);
            progress.worked(1);
        });
        int droppedLinks = dropped[0];
        if (droppedLinks > 0) {
            context.report().note(droppedLinks + " link" + (droppedLinks == 1 ? " was" : "s were")
                    + " left out of the XMI files because the target span is not exported");
        }
    }

    /** A set like the source's (annotator, gold, status) holding copies of the exported spans only. */
    private static AnnotationSet copyOfExportedSpans(ExportContext context, ExportDocument document) {
        AnnotationSet set = GlossaFactory.eINSTANCE.createAnnotationSet();
        AnnotationSet source = document.spans().isEmpty() ? null : document.spans().get(0).getSet();
        set.setDocumentId(document.id());
        set.setContentHash(document.document().getContentHash());
        if (source != null) {
            set.setAnnotator(source.getAnnotator());
            set.setGold(source.isGold());
            set.setStatus(source.getStatus());
            set.setNextSpanNumber(source.getNextSpanNumber());
        } else {
            set.setGold("gold".equals(context.source()));
            set.setAnnotator(set.isGold() ? null : context.source());
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false); // references to spans not copied become null
        List<SpanAnnotation> copies = new ArrayList<>();
        for (SpanAnnotation span : document.spans()) {
            copies.add((SpanAnnotation) copier.copy(span));
        }
        copier.copyReferences();
        set.getSpans().addAll(copies);
        for (SpanAnnotation span : document.spans()) {
            context.report().carried(document, span);
        }
        return set;
    }

    private static int removeLinksLeavingTheSet(AnnotationSet set) {
        Map<SpanAnnotation, Boolean> members = new IdentityHashMap<>();
        set.getSpans().forEach(s -> members.put(s, Boolean.TRUE));
        int removed = 0;
        for (SpanAnnotation span : set.getSpans()) {
            for (Iterator<Link> links = span.getLinks().iterator(); links.hasNext();) {
                Link link = links.next();
                if (link.getTarget() == null || !members.containsKey(link.getTarget())) {
                    links.remove();
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void save(ExportContext context, Path file, List<? extends EObject> roots) throws IOException {
        XMIResourceImpl resource = SecureXmi.newResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().addAll(roots);
        Files.write(file, SecureXmi.serialize(resource));
        context.report().written(file);
    }
}
