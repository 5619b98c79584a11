package org.glossa.ui.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Annotator;
import org.glossa.model.Document;
import org.glossa.team.Assignments;
import org.glossa.team.Members;
import org.glossa.team.Role;

/**
 * The curator's Team > Assign Documents…: which annotators, which documents (all, those selected in the corpus
 * list, or those nobody has yet) and how many annotators per document; the documents are shared out evenly
 * ({@link Assignments#assign}) and the resulting number of documents per annotator is shown.
 */
final class AssignDocumentsDialog extends Dialog {
    private final Path root;
    private final ProjectStore store;
    private final List<Document> selectedInCorpus;
    private final List<Button> annotatorBoxes = new ArrayList<>();
    private Button all;
    private Button selected;
    private Button unassigned;
    private Spinner perDocument;
    private Label counts;

    AssignDocumentsDialog(Shell parent, Path root, ProjectStore store, List<Document> selectedInCorpus) {
        super(parent);
        this.root = root;
        this.store = store;
        this.selectedInCorpus = selectedInCorpus;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Assign documents");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).applyTo(area);
        Map<String, Role> members = members();
        Assignments current = current();
        Group annotators = group(area, "Annotators");
        for (Annotator annotator : store.project().getAnnotators()) {
            Button box = new Button(annotators, SWT.CHECK);
            String name = annotator.getName();
            box.setText(name + " (" + current.documentsOf(name).size() + " now)");
            box.setData(name);
            box.setSelection(members.getOrDefault(name, Role.ANNOTATOR) == Role.ANNOTATOR);
            box.addListener(SWT.Selection, e -> updatePerDocument());
            annotatorBoxes.add(box);
        }
        Group documents = group(area, "Documents");
        List<Document> open = unassigned(current);
        all = radio(documents, "All documents (" + store.project().getDocuments().size() + ")");
        selected = radio(documents, "Selected in the corpus list (" + selectedInCorpus.size() + ")");
        unassigned = radio(documents, "Not assigned yet (" + open.size() + ")");
        selected.setEnabled(!selectedInCorpus.isEmpty());
        (open.isEmpty() ? all : unassigned).setSelection(true);
        Composite per = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(per);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(per);
        new Label(per, SWT.NONE).setText("Annotators per document:");
        perDocument = new Spinner(per, SWT.BORDER);
        perDocument.setValues(Math.min(2, Math.max(1, checked().size())), 1, Math.max(1, checked().size()), 0, 1, 1);
        counts = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(counts);
        counts.setText("Documents are shared out evenly; each document's earlier assignment is replaced.");
        return area;
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        return group;
    }

    private static Button radio(Composite parent, String text) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        return button;
    }

    private void updatePerDocument() {
        int most = Math.max(1, checked().size());
        perDocument.setMaximum(most);
        if (perDocument.getSelection() > most) {
            perDocument.setSelection(most);
        }
        getButton(OK).setEnabled(!checked().isEmpty());
    }

    private List<String> checked() {
        return annotatorBoxes.stream().filter(Button::getSelection).map(b -> (String) b.getData()).toList();
    }

    private List<Document> chosenDocuments(Assignments current) {
        if (selected.getSelection()) {
            return selectedInCorpus;
        }
        return unassigned.getSelection() ? unassigned(current) : store.project().getDocuments();
    }

    private List<Document> unassigned(Assignments current) {
        return store.project().getDocuments().stream().filter(d -> current.annotatorsOf(d.getId()).isEmpty()).toList();
    }

    @Override
    protected void okPressed() {
        List<String> annotators = checked();
        try {
            Assignments current = Assignments.read(root); // a file that does not read is reported, never replaced
            List<String> documents = chosenDocuments(current).stream().map(Document::getId).toList();
            Assignments next = current.assign(documents, annotators, perDocument.getSelection());
            next.write(root);
            StringBuilder text = new StringBuilder("Assigned " + documents.size() + " document(s), "
                    + perDocument.getSelection() + " annotator(s) each. Documents per annotator now:\n");
            next.load(annotators).forEach((name, count) -> text.append("\n  ").append(name).append(": ").append(count));
            text.append("\n\nTeam > Sync shares the assignments with the team.");
            MessageDialog.openInformation(getShell(), "Assign documents", text.toString());
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(getShell(), "Assign documents", "Not assigned: " + e.getMessage());
            return;
        }
        super.okPressed();
    }

    private Assignments current() {
        try {
            return Assignments.read(root);
        } catch (IOException e) {
            return Assignments.none();
        }
    }

    private Map<String, Role> members() {
        try {
            return Members.read(root);
        } catch (IOException e) {
            return Map.of();
        }
    }
}
