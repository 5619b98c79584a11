package org.glossa.cli;

/** One sub-command of {@code glossa}. Commands parse their arguments and call one core operation. */
interface Command {
    String name();

    /** One line for {@code glossa --help}. */
    String summary();

    /** The full text of {@code glossa NAME --help}. */
    String usage();

    /** The options this command accepts. */
    OptionSpec options();

    /** @return the process exit code */
    int run(Arguments args, Output out) throws Exception;
}
