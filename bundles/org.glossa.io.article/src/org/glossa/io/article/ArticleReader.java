package org.glossa.io.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.glossa.core.files.FileErrors;
import org.glossa.core.files.InputLimits;
import org.glossa.text.ContentHash;
import org.glossa.text.TextRegion;

/**
 * Reads one news article from a plain-text or HTML file: decodes it, normalises line endings, extracts HTML
 * text, and finds the headline, the body region, the date and the language. Headless and stateless.
 */
public final class ArticleReader {

    /** Dates of a wire story's dateline sit in its first sentence. */
    private static final int DATE_SEARCH_INTO_BODY = 100;

    private final TextDecoder decoder = new TextDecoder();

    /**
     * @throws ArticleImportException when the file cannot be read, is empty, binary or not decodable, or
     *                                 holds no text
     */
    public ImportedArticle read(Path file, ImportOptions options) throws ArticleImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        byte[] bytes = readBytes(file);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String suggestedId = baseName(fileName);

        boolean htmlByName = FormatSniffer.hasHtmlExtension(fileName);
        String asciiHead = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        boolean mayBeHtml = htmlByName || FormatSniffer.looksLikeHtml(asciiHead);
        DecodedText decoded = decoder.decode(file, bytes,
                mayBeHtml ? FormatSniffer.declaredCharset(bytes) : Optional.empty());
        String normalized = LineEndings.normalize(decoded.text());
        boolean html = htmlByName || FormatSniffer.looksLikeHtml(normalized);

        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("sourceFile", fileName);
        metadata.put("bytes", Integer.toString(bytes.length));
        Analysis analysis = html
                ? analyseHtml(file, normalized, suggestedId, metadata)
                : analysePlainText(normalized, suggestedId);

        String text = analysis.text();
        TextRegion detected = analysis.body();
        TextRegion body = options.wholeText() ? new TextRegion(0, text.length()) : detected;
        String date = analysis.date() != null ? analysis.date()
                : DateDetector.findIso(text.substring(0, Math.min(text.length(),
                        detected.begin() + DATE_SEARCH_INTO_BODY))).orElse(null);
        String language = analysis.language() != null ? analysis.language()
                : LanguageGuesser.guess(detected.coveredText(text)).orElse(null);
        return new ImportedArticle(suggestedId, analysis.title(), text, body, file.toString(),
                html ? ImportedArticle.FORMAT_HTML : ImportedArticle.FORMAT_TEXT, decoded.charset(), language, date,
                ContentHash.of(text), metadata);
    }

    /** What the format-specific half of reading found; date and language may still be null. */
    private record Analysis(String text, String title, TextRegion body, String date, String language) {
    }

    private static Analysis analysePlainText(String text, String suggestedId) {
        List<Line> lines = Line.split(text);
        Optional<Line> titleLine = TitleDetector.detect(lines);
        String title = titleLine.map(Line::stripped).orElse(suggestedId);
        TextRegion body = new BodyRegionDetector(title).detect(text, lines, titleLine, null);
        return new Analysis(text, title, body, null, null);
    }

    private static Analysis analyseHtml(Path file, String html, String suggestedId, Map<String, String> metadata)
            throws ArticleImportException {
        HtmlExtraction page = new HtmlTextExtractor().extract(html);
        String text = page.text();
        if (Chars.strip(text).isEmpty()) {
            throw new ArticleImportException(file, 0, "HTML page contains no visible text");
        }
        metadata.putAll(page.metadata());
        List<Line> lines = Line.split(text);
        List<String> candidates = new ArrayList<>();
        candidates.add(page.headline());
        candidates.add(page.title());
        Optional<Line> titleLine = TitleDetector.locate(lines, candidates);
        String title = page.title() != null ? page.title() : titleLine.map(Line::stripped).orElse(suggestedId);
        TextRegion body = new BodyRegionDetector(title).detect(text, lines, titleLine, page.seed());
        return new Analysis(text, title, body, page.date(), page.language());
    }

    private static byte[] readBytes(Path file) throws ArticleImportException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArticleImportException(file, 0,
                        Files.exists(file) ? "not a regular file" : "file does not exist");
            }
            // checked before reading: protects the workbench from a mis-picked video or dump
            String tooLarge = InputLimits.fileTooLarge(Files.size(file));
            if (tooLarge != null) {
                throw new ArticleImportException(file, 0, tooLarge);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleImportException(file, 0, "file does not exist", e);
        } catch (IOException e) {
            throw new ArticleImportException(file, 0, "cannot read: " + FileErrors.reason(e), e);
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
