package org.glossa.ui.dialogs;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.edit.ModelChange;
import org.glossa.core.edit.SchemaEditing;
import org.glossa.model.AnnotationSchema;
import org.glossa.model.AttributeDefinition;
import org.glossa.model.AttributeKind;
import org.glossa.model.Label;
import org.glossa.model.Layer;
import org.glossa.model.LinkType;
import org.glossa.ui.editor.LabelColors;

/**
 * The schema editor: layers with their labels, attributes and link types. Every change is an undoable
 * command and open editors recolour at once; a label that is in use is not deleted (the count is shown).
 */
public final class SchemaDialog extends Dialog {
    private final EditingSession session;
    private final SchemaEditing editing;
    private TreeViewer tree;
    private final java.util.function.Consumer<ModelChange> refresh = change -> {
        if (tree != null && !tree.getControl().isDisposed() && change.kind() == ModelChange.Kind.SCHEMA) {
            tree.refresh(true);
        }
    };

    public SchemaDialog(Shell shell, EditingSession session) {
        super(shell);
        this.session = session;
        this.editing = new SchemaEditing(session);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Annotation schema");
        shell.setSize(680, 520);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(area);
        tree = new TreeViewer(area, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.setContentProvider(new SchemaContent());
        tree.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return describe(element);
            }

            @Override
            public Color getBackground(Object element) {
                return element instanceof Label label ? new Color(LabelColors.rgbOf(label.getColor())) : null;
            }
        });
        tree.setInput(session.store().schema());
        tree.expandToLevel(2);
        Composite buttons = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(buttons);
        button(buttons, "Add layer…", this::addLayer);
        button(buttons, "Add label…", this::addLabel);
        button(buttons, "Rename…", this::rename);
        button(buttons, "Colour…", this::recolour);
        button(buttons, "Hot key…", this::hotKey);
        button(buttons, "Delete label", this::deleteLabel);
        button(buttons, "Add attribute…", this::addAttribute);
        button(buttons, "Add link type…", this::addLinkType);
        button(buttons, "One or several links", this::toggleMultiple);
        button(buttons, "Undo", () -> session.undo());
        session.addChangeListener(refresh);
        area.addDisposeListener(e -> session.removeChangeListener(refresh));
        return area;
    }

    private static String describe(Object element) {
        if (element instanceof Layer layer) {
            return layer.getName() + (layer.isAllowOverlap() ? "" : " (no overlap)");
        }
        if (element instanceof Label label) {
            return label.getName() + "  " + label.getColor() + (label.getHotKey() == null ? "" : "  key " + label.getHotKey());
        }
        if (element instanceof AttributeDefinition attribute) {
            return "attribute " + attribute.getName() + ": " + attribute.getKind().getLiteral()
                    + (attribute.getChoices().isEmpty() ? "" : " " + attribute.getChoices());
        }
        if (element instanceof LinkType link) {
            return "link " + link.getName() + " → " + String.join(" | ", link.getTargetLayers().stream().map(Layer::getName).toList())
                    + (link.isMultiple() ? " (several)" : " (one)");
        }
        return String.valueOf(element);
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        button.addListener(SWT.Selection, e -> {
            try {
                action.run();
            } catch (IllegalArgumentException | IllegalStateException ex) {
                MessageDialog.openWarning(getShell(), "Schema", ex.getMessage());
            }
        });
    }

    private Object selected() {
        return ((IStructuredSelection) tree.getSelection()).getFirstElement();
    }

    private Layer selectedLayer() {
        Object element = selected();
        if (element instanceof Layer layer) {
            return layer;
        }
        if (element != null && ((org.eclipse.emf.ecore.EObject) element).eContainer() instanceof Layer layer) {
            return layer;
        }
        throw new IllegalStateException("Select a layer (or one of its labels) first.");
    }

    private String ask(String title, String message, String initial) {
        InputDialog dialog = new InputDialog(getShell(), title, message, initial, null);
        return dialog.open() == Window.OK && !dialog.getValue().isBlank() ? dialog.getValue().trim() : null;
    }

    private void addLayer() {
        String name = ask("Add layer", "Name of the new layer:", "");
        if (name != null) {
            editing.addLayer(name, true);
        }
    }

    private void addLabel() {
        Layer layer = selectedLayer();
        String name = ask("Add label", "Name of the new label in " + layer.getName() + ":", "");
        if (name != null) {
            editing.addLabel(layer, name, "#cccccc", null);
        }
    }

    private void rename() {
        Object element = selected();
        if (element instanceof Label label) {
            String name = ask("Rename label", "New name (spans using it are renamed too):", label.getName());
            if (name != null) {
                editing.renameLabel(label, name);
            }
        } else if (element instanceof Layer layer) {
            String name = ask("Rename layer", "New name (spans using it are renamed too):", layer.getName());
            if (name != null) {
                editing.renameLayer(layer, name);
            }
        }
    }

    private void recolour() {
        if (selected() instanceof Label label) {
            ColorDialog dialog = new ColorDialog(getShell());
            dialog.setRGB(LabelColors.rgbOf(label.getColor()));
            RGB rgb = dialog.open();
            if (rgb != null) {
                editing.setColor(label, String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue));
            }
        }
    }

    private void hotKey() {
        if (selected() instanceof Label label) {
            String key = ask("Hot key", "One key (1-9 or a letter) for " + label.getName() + "; empty removes it:",
                    label.getHotKey() == null ? "" : label.getHotKey());
            editing.setHotKey(label, key);
        }
    }

    private void deleteLabel() {
        if (selected() instanceof Label label && MessageDialog.openConfirm(getShell(), "Delete label",
                "Delete the label " + label.getName() + "?")) {
            editing.deleteLabel(label);
        }
    }

    private void addAttribute() {
        Layer layer = selectedLayer();
        String name = ask("Add attribute", "Attribute name for " + layer.getName() + ":", "");
        if (name == null) {
            return;
        }
        String choices = ask("Choices", "Comma-separated choices (empty for free text):", "");
        List<String> values = choices == null ? List.of() : Arrays.stream(choices.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        editing.addAttribute(layer, name, values.isEmpty() ? AttributeKind.TEXT : AttributeKind.CHOICE, values);
    }

    private void addLinkType() {
        Layer layer = selectedLayer();
        String name = ask("Add link type", "Link name for " + layer.getName() + " (e.g. target):", "");
        if (name == null) {
            return;
        }
        String target = ask("Target layer", "Layer the link points at:", "Entity");
        AnnotationSchema schema = session.store().schema();
        Layer targetLayer = schema.getLayers().stream().filter(l -> l.getName().equals(target)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no layer '" + target + "'."));
        editing.addLinkType(layer, name, false, List.of(targetLayer));
    }

    /** A quote with joint speakers needs several speaker links; going back to one is refused while any span has several. */
    private void toggleMultiple() {
        if (!(selected() instanceof LinkType link)) {
            throw new IllegalStateException("Select a link type first.");
        }
        editing.setMultiple(link, !link.isMultiple());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** Layers, then each layer's labels, attributes and link types. */
    private static final class SchemaContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((AnnotationSchema) input).getLayers().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Layer layer) {
                List<Object> children = new java.util.ArrayList<>(layer.getLabels());
                children.addAll(layer.getAttributes());
                children.addAll(layer.getLinkTypes());
                return children.toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return ((org.eclipse.emf.ecore.EObject) element).eContainer();
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Layer;
        }
    }
}
