package org.glossa.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.team.TeamStatus;
import org.glossa.team.TeamStatus.Report;
import org.glossa.team.TeamStatus.Row;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code glossa team status}: one line per document (its annotators' statuses and what is not synced), or JSON. */
final class TeamStatusOutput {
    private final Output out;

    TeamStatusOutput(Output out) {
        this.out = out;
    }

    int print(Report report, boolean json) throws IOException {
        if (json) {
            out.json(json(report));
            return Cli.OK;
        }
        out.line(report.identity().name() + " (" + report.identity().role().word() + ") with " + report.remote() + ": "
                + report.ahead() + " commits not sent, " + report.behind() + " incoming; last heard from it "
                + (report.lastFetch() == null ? "never" : report.lastFetch().toString()));
        Map<String, StringBuilder> lines = new LinkedHashMap<>();
        for (Row row : report.rows()) {
            StringBuilder line = lines.computeIfAbsent(row.document(), id -> new StringBuilder(id).append(':'));
            line.append(line.length() == row.document().length() + 1 ? " " : ", ").append(row.annotator())
                    .append(row.assigned() ? "*" : "").append(' ')
                    .append(row.status() == null ? "not started" : row.status().getLiteral());
            if (row.state() != TeamStatus.SyncState.SYNCED) {
                line.append(" (").append(row.state().word()).append(')');
            }
        }
        lines.values().forEach(line -> out.line(line.toString()));
        other("not sent", report.unsentOther());
        other("incoming", report.incomingOther());
        if (report.rows().stream().anyMatch(Row::assigned)) {
            out.line("* assigned by a curator");
        }
        return Cli.OK;
    }

    private void other(String what, List<String> files) {
        if (!files.isEmpty()) {
            out.line(what + ": " + String.join(", ", files));
        }
    }

    private ObjectNode json(Report report) {
        ObjectNode node = out.object();
        node.put("member", report.identity().name());
        node.put("role", report.identity().role().word());
        node.put("remote", report.remote());
        node.put("ahead", report.ahead());
        node.put("behind", report.behind());
        node.put("lastFetch", report.lastFetch() == null ? null : report.lastFetch().toString());
        ArrayNode rows = node.putArray("rows");
        for (Row row : report.rows()) {
            rows.addObject().put("document", row.document()).put("annotator", row.annotator())
                    .put("status", row.status() == null ? null : row.status().getLiteral()).put("sync", row.state().word())
                    .put("assigned", row.assigned());
        }
        ArrayNode notSent = node.putArray("notSent");
        report.unsentOther().forEach(notSent::add);
        ArrayNode incoming = node.putArray("incoming");
        report.incomingOther().forEach(incoming::add);
        return node;
    }
}
