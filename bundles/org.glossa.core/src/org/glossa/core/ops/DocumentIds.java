package org.glossa.core.ops;

import java.text.Normalizer;
import java.util.function.Predicate;

import org.glossa.model.validation.ModelValidator;

/** Document ids are the imported file's base name, made file-safe and unique so scripts can refer to them. */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static String unique(String suggested, Predicate<String> taken) {
        String base = fileSafe(suggested);
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String fileSafe(String suggested) {
        String text = suggested == null ? "" : Normalizer.normalize(suggested.strip(), Normalizer.Form.NFC);
        StringBuilder id = new StringBuilder();
        text.codePoints().forEach(c -> id.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_'));
        while (id.length() > 0 && (id.charAt(0) == '.' || id.charAt(0) == '-')) {
            id.deleteCharAt(0);
        }
        String result = id.length() > 100 ? id.substring(0, 100) : id.toString();
        return result.isEmpty() || !ModelValidator.FILE_SAFE_NAME.matcher(result).matches() ? "document" : result;
    }
}
