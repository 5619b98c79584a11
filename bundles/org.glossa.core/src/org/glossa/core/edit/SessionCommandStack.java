package org.glossa.core.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The session's command stack. Unlike {@link BasicCommandStack} it does not swallow a command's failure (it is
 * rethrown to the caller after the stack is consistent again), and it lets the session prepare before and
 * follow up after every execute, undo and redo, whoever calls them: the follow-up (index upkeep,
 * {@link ModelChange} events) happens before command stack listeners are told, so that they see it done.
 */
final class SessionCommandStack extends BasicCommandStack {
    /** What the session does around each command. */
    interface Participant {
        void beforeRunning(Command command);

        void afterRunning(Command command);

        void afterFailure(Command command);
    }

    private final Participant participant;
    private RuntimeException failure;
    private boolean running;
    private boolean notificationPending;

    SessionCommandStack(Participant participant) {
        this.participant = participant;
    }

    @Override
    public void execute(Command command) {
        if (command != null) {
            run(command, () -> super.execute(command));
        }
    }

    @Override
    public void undo() {
        if (canUndo()) {
            run(getUndoCommand(), super::undo);
        }
    }

    @Override
    public void redo() {
        if (canRedo()) {
            run(getRedoCommand(), super::redo);
        }
    }

    private void run(Command command, Runnable operation) {
        participant.beforeRunning(command);
        failure = null;
        mostRecentCommand = null;
        running = true;
        try {
            operation.run();
        } finally {
            running = false;
        }
        RuntimeException failed = failure;
        failure = null;
        try {
            if (failed != null) {
                participant.afterFailure(command);
            } else if (mostRecentCommand == command) {
                participant.afterRunning(command);
            }
        } finally {
            if (notificationPending) {
                notificationPending = false;
                super.notifyListeners();
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    @Override
    protected void notifyListeners() {
        if (running) {
            notificationPending = true;
        } else {
            super.notifyListeners();
        }
    }

    @Override
    protected void handleError(Exception exception) {
        failure = exception instanceof RuntimeException runtime ? runtime : new IllegalStateException(exception);
    }
}
