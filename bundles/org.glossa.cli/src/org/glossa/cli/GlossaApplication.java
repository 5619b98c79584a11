package org.glossa.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless {@code glossa} application; the launcher passes the command line through unchanged. */
public final class GlossaApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code;
        try {
            code = new Cli(System.out, System.err).run(args == null ? new String[0] : args);
        } catch (Throwable e) {
            // Cli reports what a command throws; this catches what fails around it (formats, out of memory while
            // reporting). The launcher exits with the returned code; an escaping Throwable would end with exit 0.
            System.err.println("glossa: " + FailureMessages.oneLine(e));
            code = Cli.FAILED;
        }
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // commands run to completion; nothing to interrupt
    }
}
