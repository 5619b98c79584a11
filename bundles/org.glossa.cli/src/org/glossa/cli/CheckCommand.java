package org.glossa.cli;

import java.nio.file.Path;
import java.time.Instant;

import org.glossa.core.doctor.DoctorReport;
import org.glossa.core.doctor.Finding;
import org.glossa.core.doctor.ProjectDoctor;
import org.glossa.core.doctor.ProjectRepair;
import org.glossa.core.doctor.RepairResult;
import org.glossa.core.storage.ProjectLock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code glossa check}: the project doctor; names every problem and, with --repair, makes the safe repairs. */
final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "find damaged, missing and stray files in a project; --repair makes the safe repairs";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa check PROJECT [--repair] [--json]

                Examines every file of the project and names each problem, one line per finding
                (FILE: reason): texts that are missing, changed since the import (length, hash) or not
                UTF-8; annotation sets that are empty (0 bytes), unparseable, of an unknown document,
                in the wrong place (documentId or annotator differ from the path), made for another
                text, or with invalid spans (outside the text, begin after end, splitting a surrogate
                pair, unknown layer or label, dangling links); texts and folders of documents the
                index does not list, stray files, temporary files of interrupted saves, and
                interrupted saves that the next writer recovers. Nothing is changed. Every file is
                read in full; glossa list and stats read only the files changed since they were last
                found sound (recorded in .glossa/cache/, a disposable cache).

                  --repair   make the repairs that cannot lose work, and say what was done: unusable
                             files (empty or unparseable sets, orphans, stray files) are moved into
                             .glossa/quarantine/TIMESTAMP/ under the same path (never deleted);
                             temporary files of interrupted saves are removed. Valid annotations are
                             never rewritten and a changed text is never "fixed": those are reported
                             with what you can do.
                  --json     one JSON document: {"project", "documents", "sets", "findings": [{"file",
                             "document", "annotator", "kind", "message", "repairable", "repair",
                             "advice"}], "repaired": [{"file", "kind", "done", "movedTo"}], "clean"}

                Exit code 0 when the project is clean (or was repaired to clean), 1 when problems remain.
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().flag("--repair").flag("--json");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        Path project = Path.of(args.positional(0, name(), "PROJECT folder"));
        DoctorReport report = ProjectDoctor.examine(project);
        RepairResult repair = null;
        if (args.has("--repair") && report.repairable() > 0) {
            // a repair moves and deletes files: only under the lock, so no live writer's file is touched
            try (ProjectLock lock = ProjectLock.acquire(project, "glossa check --repair")) {
                report = ProjectDoctor.examine(project);
                repair = new ProjectRepair(report, Instant.now()).execute();
            }
            report = ProjectDoctor.examine(project);
        }
        if (args.has("--json")) {
            out.json(json(project, report, repair, out));
        } else {
            text(project, report, repair, out);
        }
        return report.isClean() ? Cli.OK : Cli.FAILED;
    }

    private static void text(Path project, DoctorReport report, RepairResult repair, Output out) {
        if (repair != null) {
            repair.repaired().forEach(r -> out.line("repaired " + project.resolve(r.finding().file()) + ": "
                    + r.finding().message() + "; " + r.what()));
            repair.failed().forEach(r -> out.line(project.resolve(r.finding().file()) + ": " + r.what()));
        }
        for (Finding finding : report.findings()) {
            out.line(line(project, finding));
        }
        String checked = report.documents() + " documents, " + report.sets() + " annotation sets checked";
        String repaired = repair == null ? "" : repair.repaired().size() + " repaired; ";
        if (report.isClean()) {
            out.line(repaired + "no problems: " + checked);
        } else {
            long repairable = report.repairable();
            out.line(repaired + Plural.of(report.findings().size(), "problem") + " (" + checked + ")"
                    + (repairable > 0 ? "; " + repairable + " can be repaired with --repair" : "")
                    + (repairable < report.findings().size() ? "; the others need you (see 'what to do')" : ""));
        }
    }

    /** {@code FILE: reason} and, on the same line, what a repair does or what a person can do. */
    static String line(Path project, Finding finding) {
        StringBuilder line = new StringBuilder(project.resolve(finding.file()).toString()).append(": ")
                .append(finding.message());
        if (finding.repairable()) {
            line.append(" [--repair: ").append(finding.repairDescription()).append(']');
        } else if (finding.advice() != null) {
            line.append(" [what to do: ").append(finding.advice()).append(']');
        }
        return line.toString();
    }

    private static ObjectNode json(Path project, DoctorReport report, RepairResult repair, Output out) {
        ObjectNode root = out.object();
        root.put("project", report.root().toString());
        root.put("documents", report.documents());
        root.put("sets", report.sets());
        root.set("findings", findings(project, report.findings(), out));
        ArrayNode repaired = root.putArray("repaired");
        if (repair != null) {
            for (RepairResult.Repaired r : repair.repaired()) {
                repaired.addObject().put("file", slashed(project.resolve(r.finding().file())))
                        .put("kind", r.finding().kind().id())
                        .put("done", r.what()).put("movedTo", r.movedTo() == null ? null : r.movedTo().toString());
            }
            ArrayNode failed = root.putArray("repairFailed");
            repair.failed().forEach(r -> failed.addObject().put("file", slashed(project.resolve(r.finding().file())))
                    .put("reason", r.what()));
        }
        root.put("clean", report.isClean());
        return root;
    }

    /** The findings as JSON objects, as {@code check}, {@code list} and {@code stats} give them with --json. */
    static ArrayNode findings(Path project, DoctorReport report, Output out) {
        return findings(project, report.findings(), out);
    }

    /** Each finding with its file as given on the command line ({@code PROJECT/texts/d1.txt}). */
    static ArrayNode findings(Path project, java.util.List<Finding> findings, Output out) {
        ArrayNode array = out.object().arrayNode();
        for (Finding finding : findings) {
            array.addObject().put("file", slashed(project.resolve(finding.file())))
                    .put("document", finding.documentId())
                    .put("annotator", finding.annotator()).put("kind", finding.kind().id())
                    .put("message", finding.message()).put("repairable", finding.repairable())
                    .put("repair", finding.repairDescription()).put("advice", finding.advice());
        }
        return array;
    }

    private static String slashed(Path file) {
        return file.toString().replace('\\', '/');
    }
}
