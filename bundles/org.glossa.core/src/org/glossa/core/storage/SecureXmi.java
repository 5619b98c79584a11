package org.glossa.core.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.glossa.model.GlossaPackage;

/**
 * Reads and writes Glossa's XMI files. Loading never resolves DTDs or external entities (a hostile file
 * cannot read local files or reach the network); saving is deterministic so that projects diff well in git.
 */
public final class SecureXmi {
    private static final XMLParserPool PARSERS = new XMLParserPoolImpl(true);
    private static final Map<Object, Object> NAMES_TO_FEATURES = Collections.synchronizedMap(new HashMap<>());

    private SecureXmi() {
    }

    public static Map<String, Object> loadOptions() {
        Map<String, Object> parserFeatures = new HashMap<>();
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        parserFeatures.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        Map<String, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        // Listing and checking a corpus loads thousands of small files: reuse parsers (a new SAX parser per file
        // was a sixth of `glossa stats`) and the element-name-to-feature lookups instead of rebuilding them.
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAMES_TO_FEATURES);
        return options;
    }

    public static Map<String, Object> saveOptions() {
        Map<String, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        return options;
    }

    /** A fresh resource for a Glossa file; ids of elements with an ID attribute are used as fragments. */
    public static XMIResourceImpl newResource(URI uri) {
        GlossaPackage.eINSTANCE.eClass(); // registers the package outside OSGi too (tests, tools)
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return false;
            }
        };
        // Without this map EMF resolves every link target (a forward reference) by walking the whole file:
        // 7,500 links among 150,000 spans took a minute to load. With it the first lookup fills the map once.
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.setTrackingModification(true);
        return resource;
    }

    /** Loads the single root object of a file; the exception message says what is wrong. */
    public static EObject load(Resource resource, InputStream in) throws IOException {
        resource.load(in, loadOptions());
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            throw new IOException(describe(first));
        }
        if (resource.getContents().size() != 1) {
            throw new IOException("expected one root element, found " + resource.getContents().size());
        }
        return resource.getContents().get(0);
    }

    /** The file's bytes. Leaves the modified flag as it was: only a successful write to disk clears it. */
    public static byte[] serialize(Resource resource) throws IOException {
        boolean modified = resource.isModified();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        resource.save(bytes, saveOptions());
        resource.setModified(modified);
        return bytes.toByteArray();
    }

    static String describe(Resource.Diagnostic diagnostic) {
        String message = diagnostic.getMessage();
        return diagnostic.getLine() > 0 ? "line " + diagnostic.getLine() + ": " + message : message;
    }
}
