package org.glossa.core.storage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.util.InternalEList;
import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.GlossaFactory;
import org.glossa.model.GlossaPackage;
import org.glossa.model.Link;
import org.glossa.model.Origin;
import org.glossa.model.SpanAnnotation;

/**
 * Reads an annotation set file in the plain form {@link SecureXmi} saves, and builds the objects EMF's XMI loader
 * would build from it, at a fraction of the cost (EMF's parsing was about half of an export's work).
 * <p>
 * It judges nothing. It understands exactly that form: UTF-8, the XML declaration, the root with the glossa and
 * xmi namespaces, spans, their attribute entries and their links to spans of the same file, values with the five
 * predefined entities and character references. On anything else (a DTD, another entity, a comment, a processing
 * instruction, CDATA, text, an unknown element or feature, a repeated one, a value EMF would parse differently or
 * refuse, a link it cannot resolve, bytes that are not UTF-8) it declines, and the caller loads the file with EMF,
 * which accepts or refuses it with its own message and line, as always. Nothing is ever resolved outside the bytes
 * given. One instance reads one file.
 */
final class PlainSetReader {
    private static final byte[] DECLARATION = ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    private static final byte[] ROOT = ascii("glossa:AnnotationSet");
    private static final byte[] SPANS = ascii("spans");
    private static final byte[] ATTRIBUTES = ascii("attributes");
    private static final byte[] LINKS = ascii("links");
    private static final String XMI_NAMESPACE = "http://www.omg.org/XMI";

    /** The features of a span, by their index in {@link #span()}. */
    private static final byte[][] SPAN_FEATURES = { ascii("id"), ascii("begin"), ascii("end"), ascii("layer"), ascii("label"),
            ascii("note"), ascii("createdBy"), ascii("createdAt"), ascii("origin") };

    private final byte[] bytes;
    private int pos;
    private int nameStart;
    private int nameEnd;
    /** Values many spans share, by the hash of their bytes. */
    private final String[] sharedValues = new String[256];
    /** Each attribute name of the element being read, to decline one given twice (XML refuses that). */
    private final List<String> seen = new ArrayList<>();
    private final Map<String, SpanAnnotation> spansById;
    private final List<Link> links = new ArrayList<>();
    private String lastOriginLiteral;
    private Origin lastOrigin;
    private final List<String> linkTargets = new ArrayList<>();

    private PlainSetReader(byte[] bytes) {
        this.bytes = bytes;
        // Sized for the spans such a file holds (a span takes more than 100 bytes), so that it never grows.
        this.spansById = HashMap.newHashMap(bytes.length / 100 + 16);
    }

    /** The set the file holds, or null when the file is not in the plain form (then EMF must read it). */
    static AnnotationSet read(byte[] bytes) {
        try {
            return new PlainSetReader(bytes).set();
        } catch (PlainXmlValues.Decline e) {
            return null;
        }
    }

    private AnnotationSet set() {
        expect(DECLARATION);
        skipSpace();
        expect('<');
        expectName(ROOT);
        AnnotationSet set = GlossaFactory.eINSTANCE.createAnnotationSet();
        boolean namespace = false;
        boolean xmiPrefix = false;
        boolean xmiVersion = false;
        seen.clear();
        String name;
        while ((name = nextAttribute()) != null) {
            String value = value(false);
            switch (name) {
                case "xmi:version" -> xmiVersion = true; // read and ignored by EMF too
                case "xmlns:xmi" -> xmiPrefix = require(XMI_NAMESPACE.equals(value));
                case "xmlns:glossa" -> namespace = require(GlossaPackage.eNS_URI.equals(value));
                case "documentId" -> set.setDocumentId(value);
                case "annotator" -> set.setAnnotator(value);
                case "gold" -> set.setGold(PlainXmlValues.bool(value));
                case "status" -> set.setStatus(require(AnnotationStatus.get(value)));
                case "contentHash" -> set.setContentHash(value);
                case "nextSpanNumber" -> set.setNextSpanNumber(PlainXmlValues.integer(value));
                default -> throw PlainXmlValues.Decline.INSTANCE;
            }
        }
        require(namespace && (xmiPrefix || !xmiVersion)); // a prefix must be declared
        if (!emptyElementEnded()) {
            @SuppressWarnings("unchecked")
            InternalEList<SpanAnnotation> spans = (InternalEList<SpanAnnotation>) set.getSpans();
            while (!endTag(ROOT)) {
                expect('<');
                expectName(SPANS);
                spans.addUnique(span());
            }
        }
        skipSpace();
        require(pos == bytes.length);
        resolveLinks();
        return set;
    }

    /** A span: most of a file, so its features are told apart by their bytes and numbers read from them. */
    private SpanAnnotation span() {
        SpanAnnotation span = GlossaFactory.eINSTANCE.createSpanAnnotation();
        int given = 0;
        while (attributeName()) {
            int feature = spanFeature();
            require((given & 1 << feature) == 0);
            given |= 1 << feature;
            switch (feature) {
                case 0 -> {
                    String id = value(false);
                    span.setId(id);
                    require(spansById.putIfAbsent(id, span) == null);
                }
                case 1 -> span.setBegin(integerValue());
                case 2 -> span.setEnd(integerValue());
                case 3 -> span.setLayer(value(true));
                case 4 -> span.setLabel(value(true));
                case 5 -> span.setNote(value(false));
                case 6 -> span.setCreatedBy(value(true));
                case 7 -> span.setCreatedAt(value(true));
                default -> span.setOrigin(origin(value(true)));
            }
        }
        if (emptyElementEnded()) {
            return span;
        }
        @SuppressWarnings("unchecked")
        InternalEList<Link> spanLinks = (InternalEList<Link>) span.getLinks();
        while (!endTag(SPANS)) {
            expect('<');
            if (nameFollows(ATTRIBUTES)) {
                attributeEntry(span.getAttributes());
            } else {
                expectName(LINKS);
                spanLinks.addUnique(link());
            }
        }
        return span;
    }

    /** The origin named by a shared value: the last one's found again by identity (a file has one or two). */
    private Origin origin(String literal) {
        if (literal != lastOriginLiteral) {
            lastOrigin = require(Origin.get(literal));
            lastOriginLiteral = literal;
        }
        return lastOrigin;
    }

    /** {@code <attributes key="K" value="V"/>}: one entry of a span's attribute map. */
    private void attributeEntry(EMap<String, String> attributes) {
        seen.clear();
        String key = null;
        String entryValue = null;
        String name;
        while ((name = nextAttribute()) != null) {
            String value = value(false);
            switch (name) {
                case "key" -> key = value;
                case "value" -> entryValue = value;
                default -> throw PlainXmlValues.Decline.INSTANCE;
            }
        }
        // EMF keeps a repeated key as a second entry; a map would replace the first: leave that case to EMF.
        require(key != null && entryValue != null && !attributes.containsKey(key));
        attributes.put(key, entryValue);
        closeChildless(ATTRIBUTES);
    }

    /** {@code <links type="T" target="#ID"/>}: resolved once every span is read (targets may come later). */
    private Link link() {
        Link link = GlossaFactory.eINSTANCE.createLink();
        seen.clear();
        String target = null;
        String name;
        while ((name = nextAttribute()) != null) {
            String value = value(false);
            switch (name) {
                case "type" -> link.setType(value);
                case "target" -> target = value;
                default -> throw PlainXmlValues.Decline.INSTANCE;
            }
        }
        require(target != null && target.length() > 1 && target.charAt(0) == '#' && plainId(target, 1));
        links.add(link);
        linkTargets.add(target.substring(1));
        closeChildless(LINKS);
        return link;
    }

    private void resolveLinks() {
        for (int i = 0; i < links.size(); i++) {
            links.get(i).setTarget(require(spansById.get(linkTargets.get(i))));
        }
    }

    /** A fragment EMF would look up as it is: no escapes, no path, nothing a URI treats specially. */
    private static boolean plainId(String id, int from) {
        for (int i = from; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- markup

    /** After {@code <name attributes}: either {@code />} (true) or {@code >} (false). */
    private boolean emptyElementEnded() {
        if (bytes[pos] == '/') {
            pos++;
            expect('>');
            return true;
        }
        expect('>');
        return false;
    }

    /** Ends an element that may hold nothing but white space. */
    private void closeChildless(byte[] name) {
        if (!emptyElementEnded()) {
            require(endTag(name));
        }
    }

    /** Skips white space; true (and consumed) when {@code </name>} follows. */
    private boolean endTag(byte[] name) {
        skipSpace();
        if (pos + 1 < bytes.length && bytes[pos] == '<' && bytes[pos + 1] == '/') {
            pos += 2;
            expectName(name);
            skipSpace();
            expect('>');
            return true;
        }
        return false;
    }

    /** The next attribute's name, with its {@code =} and opening quote consumed; null at the end of the tag. */
    private String nextAttribute() {
        if (!attributeName()) {
            return null;
        }
        String name = new String(bytes, nameStart, nameEnd - nameStart, StandardCharsets.ISO_8859_1);
        require(!seen.contains(name));
        seen.add(name);
        return name;
    }

    /**
     * Reads the next attribute's name (into {@link #nameStart} and {@link #nameEnd}) with its {@code =} and opening
     * quote; false at the end of the tag.
     */
    private boolean attributeName() {
        int before = pos;
        skipSpace();
        require(pos < bytes.length);
        byte b = bytes[pos];
        if (b == '/' || b == '>') {
            return false;
        }
        require(pos > before); // attributes are separated by white space
        nameStart = pos;
        while (pos < bytes.length && isNameByte(bytes[pos])) {
            pos++;
        }
        nameEnd = pos;
        require(nameEnd > nameStart);
        skipSpace();
        expect('=');
        skipSpace();
        expect('"');
        return true;
    }

    /** Which span feature the name just read is: told by its length and one byte, then checked in full. */
    private int spanFeature() {
        int length = nameEnd - nameStart;
        int feature = switch (length) {
            case 2 -> 0; // id
            case 3 -> 2; // end
            case 4 -> 5; // note
            case 5 -> bytes[nameStart] == 'b' ? 1 : bytes[nameStart + 2] == 'y' ? 3 : 4; // begin, layer, label
            case 6 -> 8; // origin
            case 9 -> bytes[nameStart + 8] == 'y' ? 6 : 7; // createdBy, createdAt
            default -> -1;
        };
        require(feature >= 0);
        byte[] expected = SPAN_FEATURES[feature];
        for (int i = 0; i < length; i++) { // names of a few bytes: a plain loop is cheaper than Arrays.equals
            require(bytes[nameStart + i] == expected[i]);
        }
        return feature;
    }

    /** An EInt value, read from its bytes in the plain decimal form {@link PlainXmlValues#integer} takes. */
    private int integerValue() {
        boolean negative = pos < bytes.length && bytes[pos] == '-';
        int start = negative ? pos + 1 : pos;
        int end = start;
        int result = 0;
        while (end < bytes.length && bytes[end] >= '0' && bytes[end] <= '9') {
            result = result * 10 + (bytes[end++] - '0');
        }
        int digits = end - start;
        require(digits > 0 && digits <= 9 && (bytes[start] != '0' || digits == 1) && !(negative && result == 0));
        pos = end;
        expect('"');
        return negative ? -result : result;
    }

    /**
     * The attribute value up to the closing quote, entities and character references decoded; a {@code shared}
     * one (a layer, a label, an author, a time: few values, many spans) is taken from the values seen before.
     */
    private String value(boolean shared) {
        int start = pos;
        int hash = 0;
        boolean plainAscii = true;
        while (true) {
            require(pos < bytes.length);
            int b = bytes[pos] & 0xff;
            if (b == '"') {
                break;
            }
            // '<' is not allowed; raw tabs and line breaks would be normalized to spaces by a parser: leave both to EMF
            require(b >= 0x20 && b != '<');
            if (b == '&' || b >= 0x80) {
                plainAscii = false;
            }
            hash = 31 * hash + b;
            pos++;
        }
        int end = pos++;
        if (!plainAscii) {
            return PlainXmlValues.decode(bytes, start, end);
        }
        if (!shared) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
        int slot = hash & (sharedValues.length - 1);
        String known = sharedValues[slot];
        if (known == null || !sameAscii(known, start, end)) {
            known = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
            sharedValues[slot] = known;
        }
        return known;
    }

    private boolean sameAscii(String known, int start, int end) {
        if (known.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (known.charAt(i - start) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private void expect(byte[] expected) {
        require(pos + expected.length <= bytes.length);
        for (byte b : expected) {
            require(bytes[pos++] == b);
        }
    }

    private void expect(char expected) {
        require(pos < bytes.length && bytes[pos] == expected);
        pos++;
    }

    /** The element name, which must end there (white space, {@code /} or {@code >} follows). */
    private void expectName(byte[] name) {
        require(nameFollows(name));
    }

    /** Consumes {@code name} when it is the whole element name that follows. */
    private boolean nameFollows(byte[] name) {
        int end = pos + name.length;
        if (end >= bytes.length || isNameByte(bytes[end])) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (bytes[pos + i] != name[i]) {
                return false;
            }
        }
        pos = end;
        return true;
    }

    private void skipSpace() {
        while (pos < bytes.length && (bytes[pos] == ' ' || bytes[pos] == '\n' || bytes[pos] == '\r' || bytes[pos] == '\t')) {
            pos++;
        }
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == ':' || b == '_' || b == '-'
                || b == '.';
    }

    private static boolean require(boolean condition) {
        if (!condition) {
            throw PlainXmlValues.Decline.INSTANCE;
        }
        return true;
    }

    private static <T> T require(T value) {
        require(value != null);
        return value;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
