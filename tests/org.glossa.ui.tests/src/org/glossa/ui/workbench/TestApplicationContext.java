package org.glossa.ui.workbench;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.glossa.ui.EditorState;
import org.osgi.framework.Bundle;

/** What the platform would pass to the application: the product's branding properties. */
public final class TestApplicationContext implements IApplicationContext {
    private final Map<String, String> branding = new HashMap<>();

    /** The workbench as tests want it by default: the layout of Application.e4xmi, nothing remembered. */
    public TestApplicationContext() {
        this(false);
    }

    /** @param persistState whether the workbench remembers its window, layout and last document, as the product does */
    public TestApplicationContext(boolean persistState) {
        branding.put("applicationXMI", "org.glossa.ui/Application.e4xmi");
        branding.put("lifeCycleURI", "bundleclass://org.glossa.ui/org.glossa.ui.ProjectLifeCycle");
        branding.put("clearPersistedState", "true");
        branding.put("persistState", Boolean.toString(persistState));
    }

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(IApplicationContext.APPLICATION_ARGS, new String[0]);
    }

    @Override
    public void applicationRunning() {
    }

    @Override
    public String getBrandingApplication() {
        return "org.eclipse.e4.ui.workbench.swt.E4Application";
    }

    @Override
    public String getBrandingName() {
        return "Glossa";
    }

    @Override
    public String getBrandingDescription() {
        return "Glossa";
    }

    @Override
    public String getBrandingId() {
        return "org.glossa.ui.product";
    }

    @Override
    public String getBrandingProperty(String key) {
        return branding.get(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        return org.osgi.framework.FrameworkUtil.getBundle(EditorState.class);
    }

    @Override
    public void setResult(Object result, IApplication application) {
    }
}
