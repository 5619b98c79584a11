package org.glossa.core.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.zip.CRC32;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glossa.model.GlossaPackage;
import org.glossa.model.Project;

/**
 * The parsed project index in EMF's binary resource form, for one version of {@code project.xmi} (its
 * {@link FileStamp}) and one Glossa build: reading it takes a fraction of parsing the XMI of a large corpus's index.
 * The XMI file stays the project's only truth; this is a disposable cache in {@code .glossa/cache/}, used only
 * while the file's stamp is unchanged, and ignored when missing, damaged or foreign.
 */
final class IndexSnapshot {
    static final String FILE_NAME = "project-index";
    private static final String MAGIC = "glossa index snapshot";
    private static final Map<String, Object> OPTIONS = Map.of(BinaryResourceImpl.OPTION_VERSION,
            BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
    /** Without a buffer of its own, EMF's binary reader asks the stream for each byte: a synchronized call apiece. */
    private static final Map<String, Object> LOAD_OPTIONS = Map.of(BinaryResourceImpl.OPTION_VERSION,
            BinaryResourceImpl.BinaryIO.Version.VERSION_1_1, BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 64 * 1024);

    private IndexSnapshot() {
    }

    /**
     * The project from the snapshot when it was taken of the index file as {@code stamp} identifies it, moved into
     * {@code target} (unmodified); null when there is no such snapshot.
     */
    static Project load(ProjectLayout layout, FileStamp stamp, XMIResourceImpl target) {
        Path file = file(layout);
        if (stamp == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < Long.BYTES || ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()
                    != crc(bytes, bytes.length - Long.BYTES)) {
                return null;
            }
            ByteArrayInputStream in = new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES);
            DataInputStream header = new DataInputStream(in);
            if (!MAGIC.equals(header.readUTF()) || !GlossaBuild.version().equals(header.readUTF())
                    || !stamp.equals(new FileStamp(header.readLong(), header.readLong(), header.readLong(),
                            header.readLong()))) {
                return null;
            }
            GlossaPackage.eINSTANCE.getNsURI(); // registered, for the binary form to name its classes
            BinaryResourceImpl binary = new BinaryResourceImpl(URI.createURI("snapshot:/project-index"));
            binary.load(in, LOAD_OPTIONS);
            if (binary.getContents().size() != 1 || !(binary.getContents().get(0) instanceof Project project)) {
                return null;
            }
            target.getContents().add(project);
            target.setModified(false);
            return project;
        } catch (IOException | RuntimeException e) {
            return null; // read the XMI instead
        }
    }

    /**
     * Takes a snapshot of the project as read from the index file with {@code stamp} (taken at {@code now}, before
     * reading), unless the file changed too recently to be told from a later change. Never fails.
     */
    static void save(ProjectLayout layout, FileStamp stamp, Instant now, Project project) {
        if (stamp == null || !stamp.settledAt(now)) {
            return;
        }
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(buffer);
            header.writeUTF(MAGIC);
            header.writeUTF(GlossaBuild.version());
            header.writeLong(stamp.size());
            header.writeLong(stamp.modified());
            header.writeLong(stamp.changed());
            header.writeLong(stamp.inode());
            header.flush();
            BinaryResourceImpl binary = new BinaryResourceImpl(URI.createURI("snapshot:/project-index"));
            EObject copy = EcoreUtil.copy(project);
            binary.getContents().add(copy);
            binary.save(buffer, OPTIONS);
            byte[] bytes = buffer.toByteArray();
            header.writeLong(crc(bytes, bytes.length));
            header.flush();
            CacheFiles.replace(file(layout), buffer.toByteArray());
        } catch (IOException | RuntimeException e) {
            // A cache only: the next reader parses the XMI again.
        }
    }

    private static Path file(ProjectLayout layout) {
        return CacheFiles.folder(layout).resolve(FILE_NAME);
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
