package org.glossa.cli;

/**
 * The headless {@code glossa} command on a plain class path, as the product's start script runs it: the command
 * needs no OSGi framework (formats are found with {@link java.util.ServiceLoader} there), and starting none makes
 * a command start in a third of the time. {@link GlossaApplication} runs the same commands inside Equinox.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = new Cli(System.out, System.err).run(args);
        } catch (Throwable e) {
            System.err.println("glossa: " + FailureMessages.oneLine(e));
            code = Cli.FAILED;
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
