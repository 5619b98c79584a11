package org.glossa.core.storage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    private final byte[] bytes;
    private int pos;
    /** Each attribute name of the element being read, to decline one given twice (XML refuses that). */
    private final List<String> seen = new ArrayList<>();
    private final Map<String, SpanAnnotation> spansById = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<String> linkTargets = new ArrayList<>();

    private PlainSetReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The set the file holds, or null when the file is not in the plain form (then EMF must read it). */
    static AnnotationSet read(byte[] bytes) {
        try {
            return new PlainSetReader(bytes).set();
        } catch (Decline e) {
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
            String value = value();
            switch (name) {
                case "xmi:version" -> xmiVersion = true; // read and ignored by EMF too
                case "xmlns:xmi" -> xmiPrefix = require(XMI_NAMESPACE.equals(value));
                case "xmlns:glossa" -> namespace = require(GlossaPackage.eNS_URI.equals(value));
                case "documentId" -> set.setDocumentId(value);
                case "annotator" -> set.setAnnotator(value);
                case "gold" -> set.setGold(bool(value));
                case "status" -> set.setStatus(require(AnnotationStatus.get(value)));
                case "contentHash" -> set.setContentHash(value);
                case "nextSpanNumber" -> set.setNextSpanNumber(integer(value));
                default -> throw Decline.INSTANCE;
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

    private SpanAnnotation span() {
        SpanAnnotation span = GlossaFactory.eINSTANCE.createSpanAnnotation();
        seen.clear();
        String name;
        while ((name = nextAttribute()) != null) {
            String value = value();
            switch (name) {
                case "id" -> {
                    span.setId(value);
                    require(spansById.putIfAbsent(value, span) == null);
                }
                case "begin" -> span.setBegin(integer(value));
                case "end" -> span.setEnd(integer(value));
                case "layer" -> span.setLayer(value);
                case "label" -> span.setLabel(value);
                case "note" -> span.setNote(value);
                case "createdBy" -> span.setCreatedBy(value);
                case "createdAt" -> span.setCreatedAt(value);
                case "origin" -> span.setOrigin(require(Origin.get(value)));
                default -> throw Decline.INSTANCE;
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

    /** {@code <attributes key="K" value="V"/>}: one entry of a span's attribute map. */
    private void attributeEntry(EMap<String, String> attributes) {
        seen.clear();
        String key = null;
        String entryValue = null;
        String name;
        while ((name = nextAttribute()) != null) {
            String value = value();
            switch (name) {
                case "key" -> key = value;
                case "value" -> entryValue = value;
                default -> throw Decline.INSTANCE;
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
            String value = value();
            switch (name) {
                case "type" -> link.setType(value);
                case "target" -> target = value;
                default -> throw Decline.INSTANCE;
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
        int before = pos;
        skipSpace();
        require(pos < bytes.length);
        byte b = bytes[pos];
        if (b == '/' || b == '>') {
            return null;
        }
        require(pos > before); // attributes are separated by white space
        int start = pos;
        while (pos < bytes.length && isNameByte(bytes[pos])) {
            pos++;
        }
        require(pos > start);
        String name = new String(bytes, start, pos - start, StandardCharsets.ISO_8859_1);
        require(!seen.contains(name));
        seen.add(name);
        skipSpace();
        expect('=');
        skipSpace();
        expect('"');
        return name;
    }

    /** The attribute value up to the closing quote, entities and character references decoded. */
    private String value() {
        int start = pos;
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
            pos++;
        }
        int end = pos++;
        if (plainAscii) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
        return decode(start, end);
    }

    private String decode(int start, int end) {
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, end - start));
        } catch (CharacterCodingException e) {
            throw Decline.INSTANCE;
        }
        StringBuilder value = new StringBuilder(chars.length());
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            require(c != '\uFFFE' && c != '\uFFFF'); // not XML characters
            if (c != '&') {
                value.append(c);
                continue;
            }
            int semicolon = indexOf(chars, ';', i + 1);
            require(semicolon > i + 1);
            String entity = chars.subSequence(i + 1, semicolon).toString();
            switch (entity) {
                case "amp" -> value.append('&');
                case "lt" -> value.append('<');
                case "gt" -> value.append('>');
                case "quot" -> value.append('"');
                case "apos" -> value.append('\'');
                default -> value.appendCodePoint(characterReference(entity));
            }
            i = semicolon;
        }
        return value.toString();
    }

    /** {@code #NNN} or {@code #xHHH}, of a character XML allows. */
    private static int characterReference(String entity) {
        require(entity.length() > 1 && entity.charAt(0) == '#');
        boolean hex = entity.charAt(1) == 'x';
        String digits = entity.substring(hex ? 2 : 1);
        require(!digits.isEmpty() && digits.length() <= 7);
        int codePoint = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
            require(digit >= 0 && digits.charAt(i) < 0x80);
            codePoint = codePoint * (hex ? 16 : 10) + digit;
        }
        boolean xmlChar = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
        require(xmlChar);
        return codePoint;
    }

    private static int indexOf(CharBuffer chars, char wanted, int from) {
        for (int i = from; i < chars.length(); i++) {
            if (chars.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** EMF reads an EInt with {@code Integer.parseInt}: only the plain decimal form is taken here. */
    private static int integer(String value) {
        int length = value.length();
        int first = length > 0 && value.charAt(0) == '-' ? 1 : 0;
        require(length > first && length - first <= 9 && (value.charAt(first) != '0' || length == first + 1)
                && !(first == 1 && value.equals("-0")));
        int result = 0;
        for (int i = first; i < length; i++) {
            char c = value.charAt(i);
            require(c >= '0' && c <= '9');
            result = result * 10 + (c - '0');
        }
        return first == 1 ? -result : result;
    }

    private static boolean bool(String value) {
        require(value.equals("true") || value.equals("false"));
        return value.equals("true");
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
            throw Decline.INSTANCE;
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

    /** Not the plain form: EMF must read the file. Thrown often on odd files, so without a stack trace. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }
}
