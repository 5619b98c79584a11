package org.glossa.team.access;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@code credential.helper} of the user's git configuration, run as git runs it: a name ({@code store},
 * {@code cache}, {@code libsecret}, {@code osxkeychain}, {@code manager}) is the program
 * {@code git-credential-NAME} on the PATH or in git's own program folder; an absolute path is that program; a line
 * that starts with {@code !} is a shell command. Arguments written after the name go along, and the action
 * ({@code get}, {@code store}, {@code erase}) is added last. The request goes to the helper's standard input in git's
 * credential protocol; its answer is read from its standard output; what it writes to standard error is the user's
 * to see, as with git.
 */
public final class CredentialHelper {
    /** How long a helper may take (one that asks the user in a window of its own needs a while). */
    private static final long TIMEOUT_SECONDS = 120;
    /** Where git keeps its own programs when they are not on the PATH, git-credential-store among them. */
    private static final List<String> GIT_PROGRAM_FOLDERS = List.of("/usr/lib/git-core", "/usr/libexec/git-core",
            "/usr/local/libexec/git-core", "/opt/homebrew/libexec/git-core",
            "/Library/Developer/CommandLineTools/usr/libexec/git-core");

    private final String configured;
    private final File home;
    private final Map<String, String> environment;

    public CredentialHelper(String configured, File home, Map<String, String> environment) {
        this.configured = configured.strip();
        this.home = home;
        this.environment = environment;
    }

    /** The helper as the configuration names it. */
    public String configured() {
        return configured;
    }

    /** The shell command git would run for an action. */
    String commandLine(String action) {
        if (configured.startsWith("!")) {
            return configured.substring(1) + " " + action;
        }
        String program = configured.split("\\s+", 2)[0];
        if (new File(program).isAbsolute()) {
            return configured + " " + action;
        }
        return "git-credential-" + configured + " " + action;
    }

    /** Runs {@code get}: the fields the helper answered (none when it knows nothing; {@code quit=true} to stop asking). */
    public Map<String, String> get(Credential request) throws IOException {
        return run("get", request);
    }

    /** Runs {@code store} (the credential worked) or {@code erase} (it was refused); the answer is ignored. */
    public void tell(String action, Credential credential) throws IOException {
        run(action, credential);
    }

    private Map<String, String> run(String action, Credential request) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", commandLine(action));
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().putIfAbsent("HOME", home.getPath());
        builder.environment().put("PATH", searchPath());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(request.request().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a helper that does not read its input (erase of a read-only helper) is no failure
        }
        try {
            byte[] answer = output.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("the credential helper '" + configured + "' did not finish");
            }
            return process.exitValue() == 0 ? parse(new String(answer, StandardCharsets.UTF_8)) : Map.of();
        } catch (TimeoutException e) {
            throw new IOException("the credential helper '" + configured + "' did not answer in " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new IOException("the credential helper '" + configured + "' failed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the credential helper '" + configured + "' ran", e);
        } finally {
            process.destroy();
        }
    }

    private String searchPath() {
        List<String> folders = new ArrayList<>();
        String path = environment.get("PATH");
        if (path != null && !path.isEmpty()) {
            folders.add(path);
        }
        String gitPrograms = environment.get("GIT_EXEC_PATH");
        if (gitPrograms != null && !gitPrograms.isEmpty()) {
            folders.add(gitPrograms);
        }
        GIT_PROGRAM_FOLDERS.stream().filter(folder -> new File(folder).isDirectory()).forEach(folders::add);
        return String.join(File.pathSeparator, folders);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** {@code key=value} lines up to a blank line or the end. */
    static Map<String, String> parse(String answer) {
        Map<String, String> fields = new HashMap<>();
        for (String line : answer.split("\n")) {
            String trimmed = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (trimmed.isEmpty()) {
                break;
            }
            int equals = trimmed.indexOf('=');
            if (equals > 0) {
                fields.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
            }
        }
        return fields;
    }
}
