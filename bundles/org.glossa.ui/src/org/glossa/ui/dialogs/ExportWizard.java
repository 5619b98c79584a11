package org.glossa.ui.dialogs;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.glossa.core.format.FormatRegistry;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.ops.DatasetSplitRatios;
import org.glossa.core.ops.ExportOperation;
import org.glossa.core.ops.ExportRequest;
import org.glossa.core.ops.ExportResult;
import org.glossa.core.ops.ExportSelection;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Annotator;
import org.glossa.model.Layer;
import org.glossa.review.adjudication.UndecidedGoldPlaces;
import org.glossa.review.study.ExportAgreement;

/**
 * The export wizard: the same choices as {@code glossa export} (format, source, layers and labels, documents,
 * split, options, folder). The first page says how many documents will be exported and which are left out
 * because the source has no annotation set for them; the export runs on a background thread with progress and Cancel, then the result
 * (files, spans carried and not carried, the dataset card) is shown.
 */
public final class ExportWizard extends Wizard {
    private final ProjectStore store;
    private final FormatRegistry formats;
    private final WhatPage what;
    private final WherePage where;

    public ExportWizard(ProjectStore store, FormatRegistry formats) {
        this.store = store;
        this.formats = formats;
        this.what = new WhatPage(); // the pages read the store and formats: create them after those are set
        this.where = new WherePage();
        setWindowTitle("Export dataset");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(what);
        addPage(where);
    }

    @Override
    public boolean performFinish() {
        ExportRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            where.setErrorMessage(e.getMessage());
            return false;
        }
        ExportResult[] result = new ExportResult[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    result[0] = new ExportOperation(store, formats, request).withAgreement(new ExportAgreement())
                            .withUndecidedDisagreements(new UndecidedGoldPlaces()).execute(monitor);
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            where.setErrorMessage(e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            where.setErrorMessage("Export cancelled.");
            return false;
        }
        MessageDialog.openInformation(getShell(), "Export", summary(result[0]));
        return true;
    }

    private ExportRequest request() {
        if (where.folder.getText().isBlank()) {
            throw new IllegalArgumentException("Choose the folder to export into.");
        }
        ExportRequest request = ExportRequest.of(what.format(), Path.of(where.folder.getText()))
                .withSource(what.source())
                .withLayers(what.layers())
                .withLabels(what.labels())
                .withDocuments(what.documents())
                .withOptions(where.options());
        if (where.split.getSelection()) {
            request = request.withSplit(DatasetSplitRatios.parse(where.ratios.getText()), where.seed.getSelection(),
                    where.groupBy.getText().isBlank() ? null : where.groupBy.getText().strip(), where.stratify.getSelection());
        }
        return where.overwrite.getSelection() ? request.withOverwrite(true) : request;
    }

    private static String summary(ExportResult result) {
        StringBuilder text = new StringBuilder("Exported into ").append(result.output()).append("\n\n");
        for (ExportResult.Source source : result.sources()) {
            text.append(source.name()).append(": ").append(source.documentCount()).append(" documents, ")
                    .append(source.files().size()).append(" files");
            if (source.notCarriedTotal() > 0) {
                text.append(", ").append(source.notCarriedTotal()).append(" spans the format cannot carry (see the card)");
            }
            if (!source.leftOut().isEmpty()) {
                text.append(", ").append(source.leftOut().size()).append(" left out (").append(source.leftOutReason())
                        .append(')');
            }
            text.append('\n');
        }
        if (result.undecidedTotal() > 0) {
            text.append("\nGold has no decision at ").append(result.undecidedTotal())
                    .append(" places where annotators disagree, in ").append(result.undecided().size())
                    .append(" of the exported documents (listed in the card).\n");
        }
        result.notes().stream().limit(6).forEach(note -> text.append("\n").append(note));
        text.append("\n\nDataset card: ").append(result.readme());
        return text.toString();
    }

    /** Format, source, layers, labels and documents. */
    private final class WhatPage extends WizardPage {
        private Combo format;
        private Combo source;
        private final List<Button> layerChecks = new ArrayList<>();
        private Text labels;
        private Combo documents;
        private Text ids;
        private Label selection;
        private final List<FormatSupport> exporters = formats.exporters();
        private final List<String> sources = new ArrayList<>();

        WhatPage() {
            super("what", "What to export", null);
            setDescription("The format, whose annotations, which layers, labels and documents.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
            label(page, "Format");
            format = new Combo(page, SWT.READ_ONLY);
            exporters.forEach(f -> format.add(f.id() + " — " + f.name()));
            format.select(0);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(format);
            label(page, "Annotations of");
            source = new Combo(page, SWT.READ_ONLY);
            sources.add(ProjectLayout.GOLD);
            sources.add(ExportRequest.EACH);
            for (Annotator annotator : store.project().getAnnotators()) {
                sources.add(annotator.getName());
            }
            sources.forEach(s -> source.add(s.equals(ExportRequest.EACH) ? "each annotator (one folder each)" : s));
            source.select(0);
            label(page, "Layers");
            Composite layers = new Composite(page, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(4).applyTo(layers);
            for (Layer layer : store.schema().getLayers()) {
                Button check = new Button(layers, SWT.CHECK);
                check.setText(layer.getName());
                check.setSelection(true);
                layerChecks.add(check);
            }
            label(page, "Labels");
            labels = new Text(page, SWT.BORDER);
            labels.setMessage("all labels of the layers, or e.g. PER,ORG,GPE");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(labels);
            label(page, "Documents");
            documents = new Combo(page, SWT.READ_ONLY);
            documents.setItems("all documents", "finished documents only", "these documents:");
            documents.select(0);
            label(page, "");
            ids = new Text(page, SWT.BORDER);
            ids.setMessage("document ids, comma-separated");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(ids);
            selection = new Label(page, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(500, SWT.DEFAULT).applyTo(selection);
            source.addListener(SWT.Selection, e -> showSelection());
            documents.addListener(SWT.Selection, e -> showSelection());
            ids.addListener(SWT.Modify, e -> showSelection());
            setControl(page);
            showSelection();
        }

        /**
         * Says which documents will be exported and which are left out, before Finish; a choice that exports
         * nothing (or names a document the source has no set for) is shown as the page's error.
         */
        private void showSelection() {
            try {
                selection.setText(describe(ExportSelection.of(store, source(), documents())));
                setErrorMessage(null);
                setPageComplete(true);
            } catch (IllegalArgumentException e) {
                selection.setText("Nothing will be exported.");
                setErrorMessage(e.getMessage());
                setPageComplete(false);
            }
            selection.getParent().layout(true, true);
        }

        private static String describe(ExportSelection chosen) {
            StringBuilder text = new StringBuilder();
            for (ExportSelection.Source source : chosen.sources()) {
                int exported = source.documents().size();
                text.append(source.name()).append(": ").append(exported).append(exported == 1 ? " document" : " documents")
                        .append(" will be exported");
                if (!source.leftOut().isEmpty()) {
                    text.append("; left out, ").append(source.leftOutReason()).append(" (").append(source.leftOut().size())
                            .append("): ").append(String.join(", ", source.leftOut()));
                }
                text.append(".\n");
            }
            chosen.notes().forEach(note -> text.append(note).append(".\n"));
            return text.toString().strip();
        }

        String format() {
            return exporters.get(format.getSelectionIndex()).id();
        }

        String source() {
            return sources.get(source.getSelectionIndex());
        }

        List<String> layers() {
            List<String> chosen = new ArrayList<>();
            layerChecks.stream().filter(Button::getSelection).forEach(b -> chosen.add(b.getText()));
            return chosen.size() == layerChecks.size() ? List.of() : chosen;
        }

        Set<String> labels() {
            return new TreeSet<>(split(labels.getText()));
        }

        ExportRequest.Documents documents() {
            return switch (documents.getSelectionIndex()) {
                case 1 -> ExportRequest.Documents.finished();
                case 2 -> ExportRequest.Documents.ids(split(ids.getText()));
                default -> ExportRequest.Documents.all();
            };
        }
    }

    /** Folder, split and format options. */
    private final class WherePage extends WizardPage {
        private Text folder;
        private Button split;
        private Text ratios;
        private Spinner seed;
        private Text groupBy;
        private Button stratify;
        private Text options;
        private Button overwrite;

        WherePage() {
            super("where", "Where and how", null);
            setDescription("The output folder, a train/dev/test split by document, and format options.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
            label(page, "Folder");
            folder = new Text(page, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
            Button browse = new Button(page, SWT.PUSH);
            browse.setText("Browse…");
            browse.addListener(SWT.Selection, e -> {
                String chosen = new DirectoryDialog(getShell()).open();
                if (chosen != null) {
                    folder.setText(chosen);
                }
            });
            overwrite = new Button(page, SWT.CHECK);
            overwrite.setText("Write into a folder that is not empty (files of the same name are replaced)");
            GridDataFactory.fillDefaults().span(3, 1).applyTo(overwrite);
            split = new Button(page, SWT.CHECK);
            split.setText("Split documents into");
            ratios = new Text(page, SWT.BORDER);
            ratios.setText("80/10/10");
            label(page, "train / dev / test");
            label(page, "Seed");
            seed = new Spinner(page, SWT.BORDER);
            seed.setValues((int) ExportRequest.DEFAULT_SEED, 0, Integer.MAX_VALUE, 0, 1, 100);
            label(page, "");
            label(page, "Keep together by");
            groupBy = new Text(page, SWT.BORDER);
            groupBy.setMessage("e.g. source or a metadata key such as outlet");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(groupBy);
            label(page, "");
            stratify = new Button(page, SWT.CHECK);
            stratify.setText("Balance label proportions across the splits");
            GridDataFactory.fillDefaults().span(3, 1).applyTo(stratify);
            label(page, "Options");
            options = new Text(page, SWT.BORDER);
            options.setMessage("name=value, e.g. scheme=iob1, columns=2");
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(options);
            setControl(page);
        }

        Map<String, String> options() {
            Map<String, String> parsed = new LinkedHashMap<>();
            for (String pair : split(options.getText())) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("Option '" + pair + "' is not name=value.");
                }
                parsed.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
            return parsed;
        }
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
