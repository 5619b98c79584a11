package org.glossa.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.glossa.model.AnnotationStatus;

/**
 * Reads the status of an annotation set from the attributes of its file's root element only, so listing a
 * corpus does not parse every annotation.
 */
final class SetHeaderReader {
    private static final XMLInputFactory FACTORY = createFactory();

    private SetHeaderReader() {
    }

    static AnnotationStatus status(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        String status = reader.getAttributeValue(null, "status");
                        if (status == null) {
                            return AnnotationStatus.NEW;
                        }
                        AnnotationStatus value = AnnotationStatus.get(status);
                        if (value == null) {
                            throw new IOException("unknown status '" + status + "'");
                        }
                        return value;
                    }
                }
                throw new IOException("no root element");
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot be read: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }
}
