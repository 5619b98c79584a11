package org.glossa.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.glossa.core.edit.EditingSession;
import org.glossa.core.settings.UserSettings;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.Document;
import org.glossa.model.SpanAnnotation;
import org.glossa.model.schema.NewsSchema;
import org.glossa.team.Assignments;
import org.glossa.team.TeamStatus;
import org.glossa.ui.EditorState;
import org.glossa.ui.StatusLine;
import org.glossa.ui.editor.ScreenshotSupport;
import org.glossa.ui.editor.XdoTool;
import org.glossa.ui.review.ReviewState;
import org.glossa.ui.workbench.Widgets;
import org.glossa.ui.workbench.WorkbenchRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench of a team project against a real bare repository, with real key events (xdotool): an annotator's
 * assigned document comes first in the corpus list; a span labelled by keyboard reaches the team's repository with
 * Ctrl+Alt+S; a document the curator adds arrives with the next Ctrl+Alt+S without losing the editor's place; the
 * Team Status part shows the working copy's state. The curator, in review mode, sees an annotator's set after a
 * sync and assigns documents in the dialog.
 */
class TeamWorkbenchTest {
    private static final String SYNC_KEYS = "ctrl+alt+s";

    @TempDir
    Path dir;

    @BeforeEach
    void ownSettings() throws Exception {
        System.setProperty(UserSettings.DIRECTORY_PROPERTY, dir.resolve("settings").toString());
        // the harness closes the workbench directly; a person closing the window is asked (the default)
        TeamSettings.set(TeamSettings.SYNC_ON_CLOSE, TeamSettings.Choice.NEVER);
    }

    @AfterEach
    void forget() {
        System.clearProperty("glossa.project");
        System.clearProperty("glossa.annotator");
        System.clearProperty("glossa.review");
        System.clearProperty(UserSettings.DIRECTORY_PROPERTY);
    }

    @Test
    void annotatorSyncsWorkAndReceivesTheCuratorsDocument() throws Exception {
        XdoTool.require();
        TeamProjectFixture team = TeamProjectFixture.share(dir);
        Path ann = team.join(dir, "ann");
        team.sync(team.curator); // the curator hears of ann, assigns her the festival and shares that
        Assignments.read(team.curator).assign(List.of("festival"), List.of("ann"), 1).write(team.curator);
        team.sync(team.curator);
        team.sync(ann);

        System.setProperty("glossa.project", ann.toString());
        System.setProperty("glossa.annotator", "ann");
        List<Path> shots = new ArrayList<>();
        WorkbenchRun.run((application, display) -> annotatorScenario(application, display, team, shots));
        assertEquals(1, shots.size());
        assertTrue(Files.size(shots.get(0)) > 10_000, "a real picture was saved");
    }

    private void annotatorScenario(MApplication application, Display display, TeamProjectFixture team,
            List<Path> shots) throws Exception {
        XdoTool keys = new XdoTool(display);
        IEclipseContext context = application.getContext();
        EModelService models = context.get(EModelService.class);
        MWindow window = (MWindow) models.find("org.glossa.ui.window.main", application);
        Shell shell = (Shell) window.getWidget();
        MPart corpusPart = (MPart) models.find("org.glossa.ui.part.corpus", application);

        // the assigned document first, marked, although the index lists it second
        Table corpus = Widgets.find((Composite) corpusPart.getWidget(), Table.class);
        assertEquals(2, corpus.getItemCount());
        assertEquals(TeamProjectFixture.FESTIVAL_TITLE, corpus.getItem(0).getText(1));
        assertEquals("assigned", corpus.getItem(0).getText(4));
        assertEquals(TeamProjectFixture.BRIDGE_TITLE, corpus.getItem(1).getText(1));
        assertEquals("", corpus.getItem(1).getText(4));

        // open the bridge from the list and label two words by keyboard
        corpus.setSelection(1);
        keys.focus(shell, corpus);
        keys.keys("Return");
        EditorState state = context.get(EditorState.class);
        keys.waitUntil(() -> state.document() != null && state.document().getId().equals("bridge")
                && state.editor().textWidget().isFocusControl(), "Enter to open the bridge with the caret in its text");
        keys.keys("ctrl+shift+Right", "ctrl+shift+Right", "1");
        EditingSession session = context.get(EditingSession.class);
        Document bridge = state.document();
        var set = session.set(bridge);
        keys.waitUntil(() -> !set.getSpans().isEmpty(), "the hot key 1 to label the words");
        assertTrue(session.isDirty(), "the span is not saved yet");

        // Ctrl+Alt+S saves and syncs: the span is in the team's repository
        assertFalse(canExecute(window, "org.glossa.ui.command.teamassign"), "assigning is the curator's");
        assertTrue(canExecute(window, "org.glossa.ui.command.teamsync"), "Team > Sync is enabled");
        keys.keys(SYNC_KEYS);
        waitWithDiagnosis(keys, display, context, () -> serverHas(team, "annotations/bridge/ann.xmi", "PER"),
                "Ctrl+Alt+S to send ann's span to the bare repository");
        assertFalse(context.get(EditingSession.class).isDirty(), "the sync saved first");
        StatusLine statusLine = context.get(StatusLine.class);
        keys.waitUntil(() -> statusLine.text().startsWith("Synced"), "the status line to say the sync went through");

        // the curator adds a document and shares it; ann's next sync brings it into the open workbench
        TeamProjectFixture.addDocument(team.curator, "harbour", "Harbour reopens", "The harbour reopens on Monday.");
        team.sync(team.curator);
        StyledText text = state.editor().textWidget();
        text.setCaretOffset(TeamProjectFixture.MENU.length() + 5);
        int caret = text.getCaretOffset();
        keys.focus(shell, text);
        keys.keys(SYNC_KEYS);
        waitWithDiagnosis(keys, display, context, () -> context.get(ProjectStore.class).document("harbour").isPresent(),
                "Ctrl+Alt+S to bring in the curator's new document");
        Table relisted = Widgets.find((Composite) corpusPart.getWidget(), Table.class);
        assertEquals(3, relisted.getItemCount(), "the corpus lists the new document");
        assertEquals(TeamProjectFixture.FESTIVAL_TITLE, relisted.getItem(0).getText(1), "the assigned one stays first");
        assertTrue(titles(relisted).contains("Harbour reopens"), titles(relisted).toString());
        EditorState reopened = context.get(EditorState.class);
        assertEquals("bridge", reopened.document().getId(), "the editor shows the same document");
        assertEquals(caret, reopened.editor().textWidget().getCaretOffset(), "at the same place");
        EditingSession after = context.get(EditingSession.class);
        assertEquals(1, after.set(reopened.document()).getSpans().size(), "ann's span is still hers");
        SpanAnnotation span = after.set(reopened.document()).getSpans().get(0);
        assertEquals("Ines Calloway", TeamProjectFixture.BRIDGE_TEXT.substring(span.getBegin(), span.getEnd()));

        // Team > Status…: who, where, and per document and annotator
        execute(window, "org.glossa.ui.command.teamstatus");
        MPart statusPart = (MPart) models.find(TeamStatusPart.ID, application);
        keys.waitUntil(() -> statusPart.getObject() instanceof TeamStatusPart part
                && part.summaryText().startsWith("You: ann (annotator)") && part.table().getItemCount() > 0,
                "the Team Status part to show ann's status");
        TeamStatusPart status = (TeamStatusPart) statusPart.getObject();
        assertTrue(status.summaryText().contains(team.bare.toString()), status.summaryText());
        assertTrue(rowTexts(status.table()).contains("bridge|ann|in-progress|synced|"), rowTexts(status.table()).toString());
        assertTrue(rowTexts(status.table()).contains("festival|ann|(no file)|synced|assigned"),
                rowTexts(status.table()).toString());
        assertEquals(TeamStatus.read(team.curator).rows().isEmpty(), false);
        shots.add(ScreenshotSupport.save(shell, "team-status-part"));

        // closing offers a sync (the setting says ask): Yes sends what was saved since
        TeamSettings.set(TeamSettings.SYNC_ON_CLOSE, TeamSettings.Choice.ASK);
        String before = team.onServer("annotations/bridge/ann.xmi");
        after.setStatus(reopened.document(), AnnotationStatus.FINISHED);
        keys.focus(shell, reopened.editor().textWidget());
        keys.keys("ctrl+s");
        keys.waitUntil(() -> !context.get(EditingSession.class).isDirty(), "Ctrl+S to save the status");
        assertEquals(before, team.onServer("annotations/bridge/ann.xmi"), "a save does not sync (the default)");
        List<String> asked = new ArrayList<>();
        display.timerExec(200, new Runnable() {
            @Override
            public void run() {
                Shell dialog = openDialog(display, shell, List.of());
                if (dialog == null) {
                    display.timerExec(100, this);
                    return;
                }
                asked.add(dialog.getText() + ": " + String.join(" ", labels(dialog)));
                dialog.getDefaultButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            }
        });
        assertTrue(window.getContext().get(IWindowCloseHandler.class).close(window), "the window may close");
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(asked.get(0).contains("Sync your work with the team before closing?"), asked.toString());
        String sent = team.onServer("annotations/bridge/ann.xmi");
        assertFalse(before.equals(sent), "Yes at closing synced the finished status");
        assertTrue(sent.contains("finished"), sent);
    }

    @Test
    void curatorInReviewModeSeesAnAnnotatorsSetAfterSyncAndAssigns() throws Exception {
        XdoTool.require();
        TeamProjectFixture team = TeamProjectFixture.share(dir);
        Path ann = team.join(dir, "ann");
        try (ProjectStore store = ProjectStore.openForWriting(ann, "test")) {
            EditingSession session = new EditingSession(store, "ann");
            Document bridge = store.document("bridge").orElseThrow();
            int begin = TeamProjectFixture.BRIDGE_TEXT.indexOf("Ines Calloway");
            session.createSpan(bridge, NewsSchema.ENTITY, "PER", begin, begin + "Ines Calloway".length());
            session.save();
        }
        team.sync(ann); // the curator's working copy has not heard of ann yet

        System.setProperty("glossa.project", team.curator.toString());
        System.setProperty("glossa.annotator", "carol");
        System.setProperty("glossa.review", "true");
        List<Path> shots = new ArrayList<>();
        List<String> dialogs = new ArrayList<>();
        WorkbenchRun.run((application, display) -> curatorScenario(application, display, team, shots, dialogs));
        assertEquals(List.of("Assign documents", "Assign documents"), dialogs);
        assertEquals(2, shots.size());
        Assignments assigned = Assignments.read(team.curator);
        assertEquals(List.of("bridge", "festival"), assigned.documentsOf("ann"), "both documents to the only annotator");
    }

    private void curatorScenario(MApplication application, Display display, TeamProjectFixture team, List<Path> shots,
            List<String> dialogs) throws Exception {
        List<String> texts = new ArrayList<>();
        XdoTool keys = new XdoTool(display);
        IEclipseContext context = application.getContext();
        EModelService models = context.get(EModelService.class);
        MWindow window = (MWindow) models.find("org.glossa.ui.window.main", application);
        Shell shell = (Shell) window.getWidget();
        ReviewState before = context.get(ReviewState.class);
        Document bridge = before.gold().store().document("bridge").orElseThrow();
        assertFalse(before.gold().store().annotatorsOf(bridge).contains("ann"), "ann's set has not arrived yet");

        MPart corpusPart = (MPart) models.find("org.glossa.ui.part.corpus", application);
        Table corpus = Widgets.find((Composite) corpusPart.getWidget(), Table.class);
        keys.focus(shell, corpus);
        keys.keys(SYNC_KEYS);
        keys.waitUntil(() -> {
            ProjectStore store = context.get(ReviewState.class).gold().store();
            return store.annotatorsOf(store.document("bridge").orElseThrow()).contains("ann");
        }, "Ctrl+Alt+S to bring ann's set into the curator's review");
        ReviewState after = context.get(ReviewState.class);
        ProjectStore store = after.gold().store();
        assertEquals(1, store.annotations(store.document("bridge").orElseThrow(), "ann").getSpans().size());
        assertTrue(store.project().getAnnotators().stream().anyMatch(a -> a.getName().equals("ann")));

        // Team > Assign Documents…: the dialog, then the counts it reports; both answered with their default button
        List<Throwable> failures = new ArrayList<>();
        List<Shell> handled = new ArrayList<>();
        display.timerExec(200, new Runnable() {
            @Override
            public void run() {
                Shell dialog = openDialog(display, shell, handled);
                if (dialog == null) {
                    display.timerExec(100, this);
                    return;
                }
                handled.add(dialog);
                if (dialogs.size() < 1) {
                    display.timerExec(100, this); // pressing OK opens the counts in a dialog of its own
                }
                try {
                    dialogs.add(dialog.getText());
                    shots.add(ScreenshotSupport.save(dialog, dialogs.size() == 1 ? "team-assign-dialog"
                            : "team-assign-counts"));
                    if (dialogs.size() == 2) {
                        texts.addAll(labels(dialog));
                    }
                    dialog.getDefaultButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                } catch (Throwable e) {
                    failures.add(e);
                    dialog.close();
                }
            }
        });
        execute(window, "org.glossa.ui.command.teamassign");
        keys.waitUntil(() -> dialogs.size() == 2 && openDialog(display, shell, List.of()) == null || !failures.isEmpty(),
                "both dialogs to be answered");
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.get(0));
        }
        assertTrue(String.join("\n", texts).contains("ann: 2"), texts.toString());

        // the next Ctrl+Alt+S shares the assignments with the team
        keys.focus(shell, Widgets.find((Composite) corpusPart.getWidget(), Table.class));
        keys.keys(SYNC_KEYS);
        waitWithDiagnosis(keys, display, context, () -> serverHas(team, "team/assignments.json", "ann"),
                "Ctrl+Alt+S to send the assignments to the bare repository");
    }

    /** Waits; when it times out, says what the status line and any open dialog said. */
    private static void waitWithDiagnosis(XdoTool keys, Display display, IEclipseContext context,
            java.util.function.BooleanSupplier condition, String what) {
        try {
            keys.waitUntil(condition, what);
        } catch (AssertionError e) {
            StringBuilder seen = new StringBuilder(e.getMessage()).append("; status line: ")
                    .append(context.get(StatusLine.class).text());
            for (Shell shell : display.getShells()) {
                seen.append("; shell '").append(shell.getText()).append("' visible=").append(shell.isVisible());
            }
            seen.append("; focus: ").append(display.getFocusControl());
            throw new AssertionError(seen.toString(), e);
        }
    }

    private static List<String> labels(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (var child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                texts.addAll(labels(composite));
            }
        }
        return texts;
    }

    private static Shell openDialog(Display display, Shell workbench, List<Shell> handled) {
        for (Shell shell : display.getShells()) {
            if (shell != workbench && !handled.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
                return shell;
            }
        }
        return null;
    }

    private static boolean canExecute(MWindow window, String commandId) {
        IEclipseContext context = window.getContext();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(commandId, null);
        return context.get(EHandlerService.class).canExecute(command);
    }

    private static void execute(MWindow window, String commandId) {
        IEclipseContext context = window.getContext();
        ParameterizedCommand command = context.get(ECommandService.class).createCommand(commandId, null);
        assertNotNull(command, commandId);
        EHandlerService handlers = context.get(EHandlerService.class);
        assertTrue(handlers.canExecute(command), commandId + " is enabled");
        handlers.executeHandler(command);
    }

    private static boolean serverHas(TeamProjectFixture team, String path, String text) {
        try {
            String content = team.onServer(path);
            return content != null && content.contains(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> titles(Table table) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            titles.add(table.getItem(i).getText(1));
        }
        return titles;
    }

    private static List<String> rowTexts(Table table) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            var item = table.getItem(i);
            rows.add(String.join("|", item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4)));
        }
        return rows;
    }
}
