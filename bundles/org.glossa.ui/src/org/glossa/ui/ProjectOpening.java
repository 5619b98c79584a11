package org.glossa.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.glossa.core.storage.ProjectLockedException;
import org.glossa.core.storage.ProjectStore;

/**
 * The project being opened for writing on a thread of its own while the workbench builds its window: opening a
 * large project (its index, the search for files left over by an interrupted save) takes about as long as building
 * the window, so the two overlap. What needs the open project gets it from the application context, whose entries
 * wait for the opening when asked for before it has finished.
 */
final class ProjectOpening {
    private final String argument;
    private final String holder;
    /** The open project: replaced when the project is opened again after a team sync brought changes. */
    private volatile CompletableFuture<ProjectStore> store;

    private ProjectOpening(String argument, String holder, CompletableFuture<ProjectStore> store) {
        this.argument = argument;
        this.holder = holder;
        this.store = store;
    }

    /** The opening the application started before the life cycle ran, if any. */
    private static ProjectOpening early;

    /** Starts opening the project named on the command line, if one is, for the life cycle to take over. */
    static synchronized void startEarly(String holder) {
        String argument = projectArgument();
        if (argument != null) {
            early = start(argument, holder);
        }
    }

    /**
     * The opening of the project named by {@code argument}: the one started early when it is that project's (once),
     * else a new one.
     */
    static synchronized ProjectOpening takeOver(String argument, String holder) {
        ProjectOpening started = early;
        early = null;
        return started != null && started.argument.equals(argument) ? started : start(argument, holder);
    }

    /** The system property glossa.project (set by test harnesses), else the first non-option argument. */
    static String projectArgument() {
        String property = System.getProperty("glossa.project");
        if (property != null && !property.isBlank()) {
            return property;
        }
        for (String arg : Platform.getApplicationArgs()) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    /** Starts opening the project named by {@code argument}, holding its lock as {@code holder}. */
    private static ProjectOpening start(String argument, String holder) {
        CompletableFuture<ProjectStore> store = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                store.complete(ProjectStore.openForWriting(Path.of(argument), holder));
                StartupTrace.mark("project opened");
            } catch (Throwable e) {
                store.completeExceptionally(e);
            }
        }, "Glossa: opening " + argument);
        opener.setDaemon(true);
        opener.start();
        return new ProjectOpening(argument, holder, store);
    }

    /**
     * The open project, waiting for it if need be.
     *
     * @throws IllegalStateException with the message the user is to see, when it cannot be opened
     */
    ProjectStore store() {
        try {
            return store.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProjectLockedException) {
                throw new IllegalStateException("The project cannot be opened now.\n\n" + cause.getMessage() + ".", cause);
            }
            throw new IllegalStateException("Cannot open the project " + argument + ":\n" + cause.getMessage(), cause);
        }
    }

    /**
     * Closes the open project and opens it again from disk, for what a team sync wrote into the working copy. The
     * lock is released for the moment between the two; when the second opening fails, the project stays closed and
     * the exception says why.
     */
    synchronized ProjectStore reopen() throws java.io.IOException {
        ProjectStore old = store();
        old.close();
        CompletableFuture<ProjectStore> next = new CompletableFuture<>();
        try {
            next.complete(ProjectStore.openForWriting(Path.of(argument), holder));
        } catch (java.io.IOException | RuntimeException e) {
            next.completeExceptionally(e);
            store = next;
            throw e;
        }
        store = next;
        return next.join();
    }

    /**
     * Opens the project in {@code folder} at once, on this thread, holding its lock as {@code holder} (File > Open
     * Project in the running workbench).
     *
     * @throws java.io.IOException a {@link ProjectLockedException} naming the writer that holds the lock, or why the
     *                             project cannot be opened
     */
    static ProjectOpening openNow(Path folder, String holder) throws java.io.IOException {
        ProjectStore opened = ProjectStore.openForWriting(folder, holder);
        return new ProjectOpening(folder.toString(), holder, CompletableFuture.completedFuture(opened));
    }

    /** Runs {@code action} with the open project once it is open (on the opening's thread, or at once). */
    void whenOpened(java.util.function.Consumer<ProjectStore> action) {
        store.thenAccept(action);
    }

    /** Closes the project (releasing its lock) once it is open; nothing when it could not be opened. */
    void close() {
        store.thenAccept(ProjectStore::close);
    }

    /**
     * Puts into the context, under the type's name, a value made the first time it is asked for (the same value
     * every time after); {@code make} waits for the project with {@link #store()}.
     */
    static <T> void provide(IEclipseContext context, Class<T> type, Supplier<T> make) {
        context.set(type.getName(), new ContextFunction() {
            private T value;

            @Override
            public synchronized Object compute(IEclipseContext asked, String key) {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        });
    }
}
