package org.glossa.core.format;

import java.nio.file.Path;

/** The one checked way an export turns names into paths: each name is one element directly below the folder. */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** {@code folder/names[0]/names[1]...}, refusing any name that could lead outside {@code folder}. */
    public static Path inside(Path folder, String... names) {
        Path result = folder;
        for (String name : names) {
            if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                    || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 || Path.of(name).isAbsolute()) {
                throw new IllegalArgumentException("export file name '" + name + "' would lead outside " + folder);
            }
            result = result.resolve(name);
        }
        return result;
    }
}
