package org.glossa.core.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import org.glossa.core.storage.AtomicFiles;
import org.glossa.model.validation.ModelValidator;

/**
 * Per-user settings (the annotator name, editor preferences) in {@code ~/.glossa/settings.properties}; the
 * directory can be overridden with the system property {@value #DIRECTORY_PROPERTY} (tests). Every change is
 * written at once, atomically, so a crash never leaves a half-written file. Not shared between processes:
 * the last writer wins.
 */
public final class UserSettings {
    public static final String DIRECTORY_PROPERTY = "glossa.settings.dir";
    static final String FILE_NAME = "settings.properties";
    private static final String ANNOTATOR = "annotator";

    private final Path file;
    private final Properties values;

    private UserSettings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** Reads the settings; a missing or unreadable file gives empty settings (they are preferences, not data). */
    public static UserSettings load() {
        String override = System.getProperty(DIRECTORY_PROPERTY);
        Path directory = override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".glossa");
        Path file = directory.resolve(FILE_NAME);
        Properties values = read(file);
        return new UserSettings(file, values == null ? new Properties() : values);
    }

    /** The settings in the file; null when it is missing or unreadable. */
    private static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
            return values;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The file the settings are kept in. */
    public Path file() {
        return file;
    }

    public synchronized Optional<String> annotator() {
        return get(ANNOTATOR);
    }

    /** @throws IllegalArgumentException if the name is not a valid annotator name or is "gold" */
    public synchronized void setAnnotator(String name) throws IOException {
        if (name == null || !ModelValidator.FILE_SAFE_NAME.matcher(name).matches() || ModelValidator.GOLD.equals(name)) {
            throw new IllegalArgumentException("annotator name '" + name
                    + "' must be letters, digits, '.', '_' or '-' (not starting with '.' or '-') and not 'gold'");
        }
        put(ANNOTATOR, name);
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(Objects.requireNonNull(key, "key")));
    }

    /** Sets a value (null removes the key) and writes the file. */
    public synchronized void put(String key, String value) throws IOException {
        Objects.requireNonNull(key, "key");
        java.util.Map<String, String> one = new java.util.HashMap<>();
        one.put(key, value);
        putAll(one);
    }

    /** Sets several values at once (a null value removes its key) and writes the file once. */
    public synchronized void putAll(java.util.Map<String, String> entries) throws IOException {
        // from the file as it is now: another part of the same process may have written other keys since this load
        Properties onDisk = read(file);
        Properties changed = new Properties();
        changed.putAll(onDisk != null ? onDisk : values);
        entries.forEach((key, value) -> {
            if (value == null) {
                changed.remove(Objects.requireNonNull(key, "key"));
            } else {
                changed.setProperty(Objects.requireNonNull(key, "key"), value);
            }
        });
        write(changed);
        values.clear();
        values.putAll(changed);
    }

    private void write(Properties properties) throws IOException {
        StringWriter text = new StringWriter();
        properties.store(text, null);
        // Properties.store begins with a date comment: left out, so an unchanged setting gives an unchanged file
        String body = text.toString().lines().filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n", "# Glossa user settings\n", "\n"));
        AtomicFiles.write(file, body.getBytes(StandardCharsets.UTF_8));
    }
}
