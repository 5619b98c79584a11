package org.glossa.core.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glossa.core.format.AnnotationImportException;

/**
 * Errors and warnings met while checking an annotation import. Errors stop the import; a warning (something
 * skipped or adapted) is collected once per kind with a count and the first place, so a file with a thousand
 * unknown attributes gives one line. With {@code strict}, whatever would be a warning is an error.
 */
final class ImportAnnotationsIssues {
    /** Where something was read: file and line (0 when unknown). */
    record Location(Path file, int line) {
    }

    private record Error(Path file, int line, String problem) {
    }

    private static final class Warning {
        final String where;
        int count;

        Warning(String where) {
            this.where = where;
        }
    }

    private final boolean strict;
    private final List<Error> errors = new ArrayList<>();
    private final Map<String, Warning> warnings = new LinkedHashMap<>();

    ImportAnnotationsIssues(boolean strict) {
        this.strict = strict;
    }

    boolean strict() {
        return strict;
    }

    void error(Path file, int line, String problem) {
        errors.add(new Error(file, line, problem));
    }

    /** A warning, or with strict an error; {@code problem} should read the same for every occurrence of its kind. */
    void warnOrError(Path file, int line, String problem) {
        if (strict) {
            error(file, line, problem);
        } else {
            warnings.computeIfAbsent(problem, p -> new Warning(file + (line > 0 ? ":" + line : ""))).count++;
        }
    }

    /** A warning even with strict (something adapted without losing anything). */
    void warn(Path file, int line, String problem) {
        warnings.computeIfAbsent(problem, p -> new Warning(file + (line > 0 ? ":" + line : ""))).count++;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the first error, saying how many more there are. */
    void throwIfAny() throws AnnotationImportException {
        if (errors.isEmpty()) {
            return;
        }
        Error first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more "
                + (errors.size() == 2 ? "problem)" : "problems)") : "";
        throw new AnnotationImportException(first.file(), first.line(), first.problem() + more);
    }

    List<String> warnings() {
        List<String> lines = new ArrayList<>();
        warnings.forEach((problem, warning) -> lines.add(problem
                + (warning.count > 1 ? " (" + warning.count + " times, first at " : " (at ") + warning.where + ")"));
        return lines;
    }
}
