package org.glossa.core.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The formats that are installed. Takes its list in the constructor and refuses two formats with one id;
 * {@link #discover()} collects the {@link FormatSupport} services that the format bundles register (or, outside
 * OSGi, the ones listed for {@link ServiceLoader}).
 */
public final class FormatRegistry {
    private final Map<String, FormatSupport> formats = new LinkedHashMap<>();

    public FormatRegistry(Collection<? extends FormatSupport> available) {
        List<FormatSupport> sorted = new ArrayList<>(available);
        sorted.sort(Comparator.comparing(FormatSupport::id));
        for (FormatSupport format : sorted) {
            FormatSupport previous = formats.putIfAbsent(format.id(), format);
            if (previous != null) {
                throw new IllegalStateException("two formats have the id '" + format.id() + "': "
                        + previous.getClass().getName() + " and " + format.getClass().getName());
            }
        }
    }

    public static FormatRegistry discover() {
        Bundle bundle = FrameworkUtil.getBundle(FormatRegistry.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            List<FormatSupport> found = new ArrayList<>();
            ServiceLoader.load(FormatSupport.class, FormatRegistry.class.getClassLoader()).forEach(found::add);
            return new FormatRegistry(found);
        }
        try {
            List<FormatSupport> found = new ArrayList<>();
            for (ServiceReference<FormatSupport> reference : context.getServiceReferences(FormatSupport.class, null)) {
                FormatSupport format = context.getService(reference);
                if (format != null) {
                    found.add(format);
                }
            }
            return new FormatRegistry(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<FormatSupport> all() {
        return List.copyOf(formats.values());
    }

    public List<FormatSupport> exporters() {
        return formats.values().stream().filter(FormatSupport::canExport).toList();
    }

    public List<FormatSupport> importers() {
        return formats.values().stream().filter(FormatSupport::canImport).toList();
    }

    public Optional<FormatSupport> find(String id) {
        return Optional.ofNullable(formats.get(id));
    }

    /** The export format with this id, or an exception listing the known ones. */
    public FormatSupport exporter(String id) {
        return find(id).filter(FormatSupport::canExport).orElseThrow(() -> new IllegalArgumentException(
                "unknown export format '" + id + "'; known: " + ids(exporters())));
    }

    public FormatSupport importer(String id) {
        return find(id).filter(FormatSupport::canImport).orElseThrow(() -> new IllegalArgumentException(
                "unknown import format '" + id + "'; known: " + ids(importers())));
    }

    private static String ids(List<FormatSupport> list) {
        return String.join(", ", list.stream().map(FormatSupport::id).toList());
    }
}
