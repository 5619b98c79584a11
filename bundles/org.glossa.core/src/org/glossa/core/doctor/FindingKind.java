package org.glossa.core.doctor;

/** What is wrong with a project file, and what {@code glossa check --repair} may safely do about it. */
public enum FindingKind {
    INDEX_INVALID(Repair.NONE),
    TEXT_MISSING(Repair.NONE),
    TEXT_CHANGED(Repair.NONE),
    TEXT_NOT_UTF8(Repair.NONE),
    SET_EMPTY(Repair.QUARANTINE),
    SET_UNPARSEABLE(Repair.QUARANTINE),
    SET_OF_UNKNOWN_DOCUMENT(Repair.QUARANTINE),
    FILE_OF_UNKNOWN_DOCUMENT(Repair.QUARANTINE),
    SET_MISPLACED(Repair.NONE),
    SET_FOR_OTHER_TEXT(Repair.NONE),
    SPANS_INVALID(Repair.NONE),
    ORPHAN_TEXT(Repair.QUARANTINE),
    ORPHAN_FOLDER(Repair.QUARANTINE),
    STRAY_FILE(Repair.QUARANTINE),
    LEFTOVER_TEMP_FILE(Repair.REMOVE),
    INTERRUPTED_SAVE(Repair.NONE),
    UNREADABLE(Repair.NONE),
    /** A problem the store met while opening the project or reading a file (see ProjectStore#problems). */
    STORE_PROBLEM(Repair.NONE);

    /** The only repairs the doctor makes: none touches a file that may hold valid work in place. */
    public enum Repair {
        /** Not repaired automatically; the finding's advice says what a person can do. */
        NONE,
        /** Moved (never deleted) into {@code .glossa/quarantine/TIMESTAMP/} under the same relative path. */
        QUARANTINE,
        /** Deleted: a temporary file of an interrupted save; the file it was meant to replace is intact. */
        REMOVE
    }

    private final Repair repair;

    FindingKind(Repair repair) {
        this.repair = repair;
    }

    public Repair repair() {
        return repair;
    }

    /** The kind as it appears in JSON: lower case with dashes. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
