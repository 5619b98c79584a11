package org.glossa.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The headless command runs on a plain class path of the bundles {@code headless-bundles} names. That list must be
 * exactly what the command needs: the closure of the required bundles and imported packages of {@code org.glossa.cli}
 * and of every bundle that contributes a format (formats are found with ServiceLoader there, so nothing requires
 * them). A missing bundle would fail at the first class it holds; one too many would hide a dependency.
 */
class HeadlessClassPathTest {
    private static final Path PRODUCT = GlossaRun.ROOT
            .resolve("releng/org.glossa.product/target/products/org.glossa.product/linux/gtk/x86_64/glossa");
    private static final String FORMAT_SERVICE = "META-INF/services/org.glossa.core.format.FormatSupport";
    /** The service of a capability: {@code osgi.serviceloader="S"}, or {@code (osgi.serviceloader=S)} in a filter. */
    private static final Pattern SERVICE = Pattern.compile("osgi\\.serviceloader=\"?([\\w.]+)");

    /** One bundle's manifest, as far as wiring goes. */
    private record BundleHeaders(String name, List<String> required, List<String> imported, List<String> exported,
            boolean contributesFormats, String host, List<String> servicesProvided, List<String> servicesUsed) {
    }

    @Test
    void theListIsTheDependencyClosureOfTheCommandAndTheFormats() throws IOException {
        Map<String, BundleHeaders> bundles = new HashMap<>();
        try (Stream<Path> jars = Files.list(PRODUCT.resolve("plugins"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                BundleHeaders headers = read(jar);
                bundles.put(headers.name(), headers);
            }
        }
        Map<String, String> exporters = new HashMap<>();
        bundles.values().forEach(b -> b.exported().forEach(p -> exporters.putIfAbsent(p, b.name())));

        Deque<String> pending = new ArrayDeque<>();
        pending.add("org.glossa.cli");
        bundles.values().stream().filter(BundleHeaders::contributesFormats).forEach(b -> pending.add(b.name()));
        Set<String> closure = new TreeSet<>();
        while (!pending.isEmpty()) {
            String name = pending.poll();
            BundleHeaders headers = bundles.get(name);
            assertTrue(headers != null, name + " is needed but not in the product");
            if (closure.add(name)) {
                pending.addAll(headers.required());
                // Packages no bundle exports are the JDK's.
                headers.imported().stream().map(exporters::get).filter(b -> b != null).forEach(pending::add);
            }
        }
        // Nothing requires a fragment or a service provider, yet a plain class path needs them: the fragments of
        // bundles in the closure (with what they require) and the providers of the services those bundles load.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (BundleHeaders candidate : bundles.values()) {
                if (closure.contains(candidate.name())) {
                    continue;
                }
                boolean fragment = candidate.host() != null && closure.contains(candidate.host());
                boolean provider = candidate.servicesProvided().stream().anyMatch(service -> closure.stream()
                        .anyMatch(name -> bundles.get(name).servicesUsed().contains(service)));
                if (fragment || provider) {
                    closure.add(candidate.name());
                    candidate.required().stream().filter(bundles::containsKey).forEach(closure::add);
                    grew = true;
                }
            }
        }
        assertEquals(closure, listed(), "headless-bundles differs from the dependency closure");
    }

    private static Set<String> listed() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(PRODUCT.resolve("headless-bundles"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.trim());
            }
        }
        return names;
    }

    private static BundleHeaders read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            String host = main.getValue("Fragment-Host");
            return new BundleHeaders(names(main.getValue("Bundle-SymbolicName")).get(0),
                    mandatory(main.getValue("Require-Bundle")), mandatory(main.getValue("Import-Package")),
                    names(main.getValue("Export-Package")), file.getEntry(FORMAT_SERVICE) != null,
                    host == null ? null : names(host).get(0), services(main.getValue("Provide-Capability")),
                    services(main.getValue("Require-Capability")));
        }
    }

    /** The services named by the {@code osgi.serviceloader} clauses of a capability header. */
    private static List<String> services(String header) {
        List<String> services = new ArrayList<>();
        for (String clause : clauses(header)) {
            Matcher service = SERVICE.matcher(clause);
            if (clause.trim().startsWith("osgi.serviceloader;") && service.find()) {
                services.add(service.group(1));
            }
        }
        return services;
    }

    /** The names in a manifest header's clauses that are not {@code resolution:=optional}. */
    private static List<String> mandatory(String header) {
        return clauses(header).stream().filter(c -> !c.replace(" ", "").contains("resolution:=optional"))
                .flatMap(HeadlessClassPathTest::clauseNames).toList();
    }

    private static List<String> names(String header) {
        return clauses(header).stream().flatMap(HeadlessClassPathTest::clauseNames).toList();
    }

    /** A clause starts with one or more names ({@code a;b;version=1}); the system bundle is the framework's. */
    private static Stream<String> clauseNames(String clause) {
        return Stream.of(clause.split(";")).map(String::trim).takeWhile(part -> !part.contains("="))
                .map(name -> name.equals("system.bundle") ? "org.eclipse.osgi" : name);
    }

    /** A header split at the commas outside quoted attribute values. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString());
        return clauses;
    }
}
