package org.glossa.ui;

import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The workbench application: the e4 workbench, with the project starting to open before the workbench begins (its
 * display, services and window take about as long as opening a large project, so the two overlap; the life cycle
 * takes the opening over).
 */
public final class WorkbenchApplication implements IApplication {
    private final E4Application workbench = new E4Application();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        StartupTrace.mark("application starts");
        ProjectOpening.startEarly(ProjectLifeCycle.HOLDER);
        return workbench.start(context);
    }

    @Override
    public void stop() {
        workbench.stop();
    }
}
