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
import org.glossa.agreement.study.StudyLoader;
import org.glossa.core.storage.ProjectStore;

/**
 * Recomputes agreement in the background: requests are gathered for a short moment (typing a label should not
 * start ten computations), the annotations are copied on the UI thread (the model is not thread-safe, and a copy
 * is cheap), and the figures are computed in a {@link Job} that a newer request cancels. Results come back on the
 * UI thread, newest only.
 */
public final class AgreementComputation {
    private static final int QUIET_MILLIS = 300;

    /** What happened, for the part's status line. */
    public record Outcome(AgreementReport report, String problem, long millis) {
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
            done.accept(new Outcome(null, e.getMessage(), 0));
            return;
        }
        started.run();
        String project = store.project().getName();
        Job job = Job.create("Computing inter-annotator agreement", monitor -> {
            try {
                AgreementReport report = AgreementAnalysis.analyse(project, studies, monitor);
                long millis = (System.nanoTime() - begin) / 1_000_000;
                deliver(mine, new Outcome(report, null, millis));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                deliver(mine, new Outcome(null, String.valueOf(e.getMessage()), 0));
                return Status.error("Agreement could not be computed", e);
            }
        });
        job.setSystem(true); // the part shows its own progress line
        job.setPriority(Job.SHORT);
        running = job;
        job.schedule();
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
