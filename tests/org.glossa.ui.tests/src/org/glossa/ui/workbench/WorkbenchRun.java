package org.glossa.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Display;
import org.glossa.ui.WorkbenchProject;

/**
 * Runs the real workbench (Application.e4xmi and the life cycle, on the project named by the system properties)
 * and, once it is up, a test scenario in its event loop; then closes it and rethrows what the scenario threw.
 */
public final class WorkbenchRun {
    /** Steps run on the UI thread with the running workbench. */
    @FunctionalInterface
    public interface Scenario {
        void run(MApplication application, Display display) throws Exception;
    }

    private WorkbenchRun() {
    }

    public static void run(Scenario scenario) {
        run(new TestApplicationContext(), scenario);
    }

    /** Runs the workbench on {@code project} as {@code annotator}; the properties that name them are forgotten after. */
    public static void on(Path project, String annotator, Scenario scenario) {
        on(project, annotator, new TestApplicationContext(), scenario);
    }

    /** The same with {@code context} (e.g. one that remembers its state). */
    public static void on(Path project, String annotator, TestApplicationContext context, Scenario scenario) {
        System.setProperty("glossa.project", project.toString());
        System.setProperty("glossa.annotator", annotator);
        try {
            run(context, scenario);
        } finally {
            System.clearProperty("glossa.project");
            System.clearProperty("glossa.annotator");
        }
    }

    /** Runs the workbench started with {@code context} (e.g. one that remembers its state). */
    public static void run(TestApplicationContext context, Scenario scenario) {
        Display display = Display.getDefault();
        E4Workbench workbench = new E4Application().createE4Workbench(context, display);
        List<Throwable> failures = new ArrayList<>();
        List<WorkbenchProject> opened = new ArrayList<>();
        display.timerExec(1500, () -> {
            try {
                scenario.run(workbench.getApplication(), display);
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                opened.add(workbench.getApplication().getContext().get(WorkbenchProject.class));
                workbench.close();
            }
        });
        workbench.createAndRunUI(workbench.getApplication());
        // the product releases the project's lock when its display is disposed; this display lives on for the next test
        opened.stream().filter(java.util.Objects::nonNull).forEach(WorkbenchProject::close);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.get(0));
        }
    }
}
