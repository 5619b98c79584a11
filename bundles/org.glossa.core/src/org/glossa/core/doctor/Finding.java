package org.glossa.core.doctor;

import java.nio.file.Path;

/**
 * One problem of a project, found by {@link ProjectDoctor}.
 *
 * @param file       the file or folder, relative to the project folder
 * @param documentId the document it concerns, or null (a stray file, the index)
 * @param annotator  the annotator (or {@code gold}) whose set it concerns, or null
 * @param message    what is wrong, without the file name
 * @param advice     what a person can do about it when the doctor does not repair it, or null
 */
public record Finding(Path file, String documentId, String annotator, FindingKind kind, String message, String advice) {
    public boolean repairable() {
        return kind.repair() != FindingKind.Repair.NONE;
    }

    /** What {@code --repair} does with the file, or null when it leaves it alone. */
    public String repairDescription() {
        return switch (kind.repair()) {
            case QUARANTINE -> "moved into " + Quarantine.FOLDER + "/TIMESTAMP/" + slashed(file);
            case REMOVE -> "removed (the file it was meant to replace is intact)";
            case NONE -> null;
        };
    }

    /** {@code FILE: message}, the file relative to the project. */
    @Override
    public String toString() {
        return slashed(file) + ": " + message;
    }

    static String slashed(Path file) {
        return file.toString().replace('\\', '/');
    }
}
