package org.glossa.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The version of this Glossa build (the core bundle's version with its build qualifier), the same whether Glossa
 * runs in OSGi (the workbench) or on a plain class path (the headless command).
 */
public final class GlossaBuild {
    private static final String UNKNOWN = "development build";
    private static volatile String version;

    private GlossaBuild() {
    }

    /** The version, e.g. {@code 0.1.0.202612071625}, or "development build" when it cannot be told. */
    public static String version() {
        String known = version;
        if (known == null) {
            known = find();
            version = known;
        }
        return known;
    }

    private static String find() {
        Bundle bundle = FrameworkUtil.getBundle(GlossaBuild.class);
        if (bundle != null) {
            return bundle.getVersion().toString();
        }
        // On a class path: the manifest of the jar (or folder) this class came from, not the first one found.
        try {
            Path location = Path.of(GlossaBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Manifest manifest = null;
            if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    manifest = jar.getManifest();
                }
            } else if (Files.isRegularFile(location.resolve("META-INF/MANIFEST.MF"))) {
                try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                    manifest = new Manifest(in);
                }
            }
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            return value == null || value.endsWith(".qualifier") ? UNKNOWN : value.trim();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return UNKNOWN;
        }
    }
}
