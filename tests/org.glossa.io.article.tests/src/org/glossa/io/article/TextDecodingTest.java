package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding and rejection of files as they come from disk: charsets, byte order marks, line endings, junk. */
class TextDecodingTest {

    private static final String ARTICLE = """
            Harbor board delays vote on Pier Nine lease

            The Port Alder harbor board postponed its vote on the Pier Nine lease on Monday, saying it needed more \
            time to study the bids.
            """;

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void binaryFileWithNulBytesIsRejectedNamingTheFile() throws Exception {
        Path file = write("scan.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 8, 0, 'x', 'y'});
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("binary") && e.getMessage().contains("offset 4"), e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void manyControlBytesWithoutNulAreBinaryToo() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        }
        Path file = write("image.txt", bytes);
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> read(file));
        assertTrue(e.getMessage().contains("image.txt") && e.getMessage().contains("control bytes"), e.getMessage());
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> read(file));
        assertEquals(file + ": empty file", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void whitespaceOnlyFileIsRejected() throws Exception {
        Path file = write("blank.txt", " \n\t \r\n\u00A0\u3000\n".getBytes(StandardCharsets.UTF_8));
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> read(file));
        assertEquals(file + ": contains only whitespace", e.getMessage());
    }

    @Test
    void invalidUtf8ThatIsNotWindows1252NamesLineAndByte() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("First line\r\nSecond line\n".getBytes(StandardCharsets.US_ASCII));
        int offset = bytes.size() + 4;
        bytes.writeBytes(new byte[] {'T', 'h', 'i', 's', (byte) 0xC3, '(', ' ', (byte) 0x81, '\n'});
        Path file = write("bad.txt", bytes.toByteArray());
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> read(file));
        assertEquals(file + ":3: not valid UTF-8 (byte 0xC3 at offset " + offset
                + ") and not plausible Windows-1252 text", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void eucKrBytesAreNotMistakenForWindows1252() throws Exception {
        // Korean in a legacy multi-byte encoding: every byte is defined in Windows-1252, but runs of them are not
        // Western text.
        Path file = write("legacy.txt", "통일부 보도자료 본문입니다\n".getBytes(Charset.forName("EUC-KR")));
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> read(file));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("not plausible Windows-1252"), e.getMessage());
    }

    @Test
    void windows1252CurlyQuotesAndAccentsAreDecoded() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.writeBytes(" owners protest new terrace rules\n\nThe owner said ".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0x93);
        bytes.writeBytes("we were never asked,".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0x94);
        bytes.writeBytes(" after the council approved the rules on Tuesday evening.\n"
                .getBytes(StandardCharsets.US_ASCII));
        ImportedArticle article = read(write("cafe.txt", bytes.toByteArray()));
        assertEquals("windows-1252", article.charset());
        assertEquals("Café owners protest new terrace rules", article.title());
        assertTrue(article.bodyText().startsWith("The owner said “we were never asked,” after"), article.bodyText());
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        String text = "Kelp growers form cooperative on Sorae Island\n\n바다는 우리의 밭이다, said one grower 🌊 on Saturday.\n";
        ImportedArticle article = read(write("le.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("UTF-16LE", article.charset());
        assertEquals(text, article.text());
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        String text = "Rail talks collapse\n\nWorkers carried a banner reading 公平工资 on Thursday evening.\n";
        ImportedArticle article = read(write("be.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals("UTF-16BE", article.charset());
        assertEquals(text, article.text());
    }

    @Test
    void utf8BomIsStripped() throws Exception {
        ImportedArticle article = read(write("bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ARTICLE.getBytes(StandardCharsets.UTF_8))));
        assertEquals("UTF-8", article.charset());
        assertEquals(ARTICLE, article.text());
        assertEquals("Harbor board delays vote on Pier Nine lease", article.title());
    }

    @Test
    void crlfAndLoneCrAreNormalisedBeforeOffsetsAreComputed() throws Exception {
        String lf = ARTICLE + "\nBoard chair Ines Calloway said the vote would take place next week.\n";
        ImportedArticle crlf = read(write("crlf.txt", lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        ImportedArticle cr = read(write("cr.txt", lf.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
        for (ImportedArticle article : new ImportedArticle[] {crlf, cr}) {
            assertEquals(lf, article.text());
            assertFalse(article.text().contains("\r"));
            int calloway = article.text().indexOf("Calloway");
            assertEquals(lf.indexOf("Calloway"), calloway);
            assertEquals("Calloway", article.text().substring(calloway, calloway + 8));
            assertTrue(article.body().begin() < calloway && calloway < article.body().end());
            assertEquals(lf.indexOf("The Port Alder"), article.body().begin());
            assertEquals(lf.stripTrailing().length(), article.body().end());
        }
        assertEquals(crlf.contentHash(), cr.contentHash(), "the hash is taken after normalisation");
    }

    @Test
    void invalidUtf16IsReportedWithItsLine() throws Exception {
        byte[] text = "Line one\nLine two\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text);
        bytes = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        bytes[bytes.length - 2] = 0x00;
        bytes[bytes.length - 1] = (byte) 0xDC; // a lone low surrogate
        Path file = write("broken16.txt", bytes);
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> read(file));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-16LE"), e.getMessage());
    }

    @Test
    void missingFileIsReported() {
        Path file = dir.resolve("nowhere.txt");
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> read(file));
        assertEquals(file + ": file does not exist", e.getMessage());
    }

    private ImportedArticle read(Path file) throws ArticleImportException {
        return reader.read(file, ImportOptions.defaults());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] withBom(byte[] bom, byte[] content) {
        byte[] bytes = new byte[bom.length + content.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(content, 0, bytes, bom.length, content.length);
        return bytes;
    }
}
