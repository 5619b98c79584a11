package org.glossa.ui.team;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glossa.team.TeamStatus;
import org.glossa.team.TeamStatus.Report;
import org.glossa.team.TeamStatus.Row;
import org.glossa.ui.WorkbenchProject;

/**
 * Team > Status…: who works here (name, role), the team's remote, commits ahead and behind, when the remote was last
 * heard from, and per document and annotator the status, whether the file is synced, and whether it is assigned.
 * Read on a background job from this working copy only (as of the last sync's fetch: it works offline); read again
 * after every sync and with Refresh.
 */
public final class TeamStatusPart {
    public static final String ID = "org.glossa.ui.part.teamstatus";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    private WorkbenchProject project;
    private Label summary;
    private Table table;
    private Job reading;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> refresh());
        table = new Table(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        for (String title : new String[] {"Document", "Annotator", "Status", "Sync", "Assigned"}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(120);
        }
        summary.setText("Reading the team status…");
        refresh();
    }

    @Inject
    @Optional
    void synced(@UIEventTopic(TeamTopics.SYNCED) Object result) {
        refresh();
    }

    /** Reads the status on a job and shows it when read; a newer request replaces a running one. */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        if (reading != null) {
            reading.cancel();
        }
        var display = table.getDisplay();
        reading = Job.create("Reading the team status", monitor -> {
            Report report;
            String failure = null;
            try {
                report = TeamStatus.read(project.root());
            } catch (Exception e) {
                report = null;
                failure = e.getMessage();
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Report read = report;
            String error = failure;
            display.asyncExec(() -> show(read, error));
            return Status.OK_STATUS;
        });
        reading.setPriority(Job.SHORT);
        reading.setSystem(true);
        reading.schedule();
    }

    private void show(Report report, String failure) {
        if (table.isDisposed()) {
            return;
        }
        if (report == null) {
            summary.setText("No team status: " + failure);
            table.removeAll();
            return;
        }
        summary.setText(describe(report));
        table.setRedraw(false);
        table.removeAll();
        for (Row row : report.rows()) {
            new TableItem(table, SWT.NONE).setText(new String[] {row.document(), row.annotator(),
                    row.status() == null ? "(no file)" : row.status().getLiteral(), row.state().word(),
                    row.assigned() ? "assigned" : ""});
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.setRedraw(true);
        summary.getParent().layout(true, true);
    }

    static String describe(Report report) {
        String others = report.unsentOther().isEmpty() && report.incomingOther().isEmpty() ? ""
                : "\nOther files: " + report.unsentOther().size() + " not sent, " + report.incomingOther().size()
                        + " incoming";
        return "You: " + report.identity().name() + " (" + report.identity().role().word() + ")   Remote: "
                + report.remote() + "\n" + report.ahead() + " commit(s) not sent, " + report.behind()
                + " incoming   Last heard from the remote: "
                + (report.lastFetch() == null ? "never" : TIME.format(report.lastFetch())) + others;
    }

    /** The status shown, as text (for tests and screen readers): the summary line. */
    public String summaryText() {
        return summary.getText();
    }

    public Table table() {
        return table;
    }

    @Focus
    void focus() {
        table.setFocus();
    }
}
