package org.glossa.core.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Another writer holds the project's lock; the message names it, and says to try again later. */
public class ProjectLockedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient LockHolder holder;

    ProjectLockedException(Path project, LockHolder holder) {
        super(project + " is being changed by " + (holder != null ? holder.describe()
                : "another Glossa process (it has not recorded itself yet)") + "; try again when it has finished");
        this.holder = holder;
    }

    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }
}
