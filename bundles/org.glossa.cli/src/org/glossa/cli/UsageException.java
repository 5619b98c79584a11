package org.glossa.cli;

/** The command line is wrong; glossa prints the message and a hint to the command's help, and exits with 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String command;

    UsageException(String command, String message) {
        super(message);
        this.command = command;
    }

    String command() {
        return command;
    }
}
