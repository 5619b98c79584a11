package org.glossa.ui.review;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.glossa.agreement.report.AgreementAnalysis;
import org.glossa.agreement.report.AgreementReport;
import org.glossa.agreement.study.AgreementScope;
import org.glossa.agreement.study.LayerStudy;
import org.glossa.core.storage.ProjectStore;
import org.glossa.review.study.StudyLoader;

/**
 * Recomputes agreement in the background: requests are gathered for a short moment (typing a label should not
 * start ten computations), the annotations are copied on the UI thread (the model is not thread-safe, and a copy
 * is cheap), and the figures are computed in a {@link Job} that a newer request cancels. Results come back on the
 * UI thread, newest only.
 */
public final class AgreementComputation {
    private static final int QUIET_MILLIS = 300;

    /**
     * What happened: the report (null on a problem), how many differences the walker would list for each pair of the
     * first layer, and how long it took.
     */
    public record Outcome(AgreementReport report, java.util.Map<String, Integer> differences, String problem, long millis) {

        /** The number of differences between two annotators. */
        public int differences(String a, String b) {
            return differences.getOrDefault(a + "\u0000" + b, 0);
        }
    }

    private final Display display;
    private final ProjectStore store;
    private final Consumer<Outcome> done;
    private final Runnable started;
    private Job running;
    private AgreementScope pending;
    private int generation;

    public AgreementComputation(Display display, ProjectStore store, Runnable started, Consumer<Outcome> done) {
        this.display = display;
        this.store = store;
        this.started = started;
        this.done = done;
    }

    /** Asks for the figures of the scope; on the UI thread. */
    public void request(AgreementScope scope) {
        boolean scheduled = pending != null;
        pending = scope;
        if (!scheduled) {
            display.timerExec(QUIET_MILLIS, this::start);
        }
    }

    public void cancel() {
        pending = null;
        generation++;
        if (running != null) {
            running.cancel();
        }
    }

    private void start() {
        AgreementScope scope = pending;
        pending = null;
        if (scope == null || display.isDisposed()) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        int mine = ++generation;
        long begin = System.nanoTime();
        List<LayerStudy> studies;
        try {
            studies = new StudyLoader(store).load(scope, null);
        } catch (Exception e) {
            done.accept(new Outcome(null, java.util.Map.of(), e.getMessage(), 0));
            return;
        }
        started.run();
        String project = store.project().getName();
        Job job = Job.create("Computing inter-annotator agreement", monitor -> {
            try {
                AgreementReport report = AgreementAnalysis.analyse(project, studies, monitor);
                deliver(mine, new Outcome(report, differences(studies), null, (System.nanoTime() - begin) / 1_000_000));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                deliver(mine, new Outcome(null, java.util.Map.of(), String.valueOf(e.getMessage()), 0));
                return Status.error("Agreement could not be computed", e);
            }
        });
        job.setSystem(true); // the part shows its own progress line
        job.setPriority(Job.SHORT);
        running = job;
        job.schedule();
    }

    private static java.util.Map<String, Integer> differences(List<LayerStudy> studies) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        if (!studies.isEmpty()) {
            LayerStudy study = studies.get(0);
            List<String> names = study.annotators();
            for (int a = 0; a < names.size(); a++) {
                for (int b = a + 1; b < names.size(); b++) {
                    counts.put(names.get(a) + "\u0000" + names.get(b),
                            org.glossa.review.diff.DisagreementFinder.between(study, a, b, null).size());
                }
            }
        }
        return counts;
    }

    private void deliver(int mine, Outcome outcome) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (mine == generation) {
                done.accept(outcome);
            }
        });
    }

    /** Whether a computation is waiting or running. */
    public boolean busy() {
        return pending != null || running != null && running.getState() != Job.NONE;
    }

}
