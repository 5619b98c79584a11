package org.glossa.core.storage;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32C;

import org.glossa.model.Document;
import org.glossa.text.TextRegion;
import org.glossa.text.TokenMemo;

/**
 * A project's {@link TokenMemo} in {@code .glossa/cache/tokens/}: one file per document text, named by the text's
 * content hash (texts never change under it). A file is used only when it is whole (checksum) and names the same
 * hash, text length, text (by {@link String#hashCode}), body region and tokenizer version; anything else is ignored
 * and written anew. Written whole by a rename, not forced to disk: a disposable cache.
 */
public final class TokenCache implements TokenMemo {
    private static final int MAGIC = 0x474C544B; // "GLTK"
    private static final String PARTIAL = ".partial";

    private final Path folder;
    private final Map<String, Document> documents;

    /** @param documents the documents whose texts may be tokenized, by id */
    public TokenCache(ProjectLayout layout, Map<String, Document> documents) {
        this.folder = CacheFiles.folder(layout).resolve("tokens");
        this.documents = Map.copyOf(documents);
    }

    @Override
    public byte[] recall(String documentId, String text, TextRegion body, String version) {
        String hash = hashOf(documentId, text);
        if (hash == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(hash));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null; // unreadable: tokenized afresh
        }
        try {
            if (bytes.length < 8) {
                return null;
            }
            CRC32C checksum = new CRC32C();
            checksum.update(bytes, 0, bytes.length - 4);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getInt(bytes.length - 4) != (int) checksum.getValue() || in.getInt() != MAGIC
                    || !readString(in).equals(hash) || !readString(in).equals(version) || in.getInt() != text.length()
                    || in.getInt() != text.hashCode() || in.getInt() != body.begin() || in.getInt() != body.end()) {
                return null;
            }
            int length = in.getInt();
            if (length < 0 || in.position() + length != bytes.length - 4) {
                return null;
            }
            return Arrays.copyOfRange(bytes, in.position(), in.position() + length);
        } catch (RuntimeException e) {
            return null; // cut short or foreign
        }
    }

    @Override
    public void remember(String documentId, String text, TextRegion body, String version, byte[] memo) {
        String hash = hashOf(documentId, text);
        if (hash == null) {
            return;
        }
        Path file = file(hash);
        Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().threadId() + PARTIAL);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(memo.length + 200);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            writeString(out, hash);
            writeString(out, version);
            out.writeInt(text.length());
            out.writeInt(text.hashCode()); // a text other than the document's is never given its tokens
            out.writeInt(body.begin());
            out.writeInt(body.end());
            out.writeInt(memo.length);
            out.write(memo);
            CRC32C checksum = new CRC32C();
            checksum.update(bytes.toByteArray());
            out.writeInt((int) checksum.getValue());
            Files.createDirectories(file.getParent());
            Files.write(partial, bytes.toByteArray());
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a partial file is never read; the next write of this text replaces it
            }
        }
    }

    /** The content hash the text was checked against when it was read, or null when it cannot be this document's. */
    private String hashOf(String documentId, String text) {
        Document document = documents.get(documentId);
        String hash = document == null ? null : document.getContentHash();
        return hash == null || hash.isEmpty() || text.length() != document.getTextLength()
                || !hash.chars().allMatch(TokenCache::isHexDigit) ? null : hash;
    }

    private Path file(String hash) {
        return folder.resolve(hash.substring(0, Math.min(2, hash.length()))).resolve(hash + ".tokens");
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("not a string");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
