package org.glossa.team.access;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.transport.URIish;

/**
 * Credentials for an HTTP(S) remote from the user's git credential helpers, as {@code git credential fill} finds them:
 * the helpers of {@code credential.helper} and of each {@code credential.<url>.helper} whose URL applies, asked in
 * order until one answers a user name and a password; an empty {@code helper} value forgets the helpers named before
 * it. {@code credential.username} and {@code credential.useHttpPath} are honoured. Nothing is kept on disk here;
 * whatever a helper keeps is its own business, as with git.
 */
public final class GitCredentials {
    private static final String SECTION = "credential";

    private final GitUserConfig config;
    private final File home;
    private final Map<String, String> environment;

    public GitCredentials(GitUserConfig config, File home, Map<String, String> environment) {
        this.config = config;
        this.home = home;
        this.environment = environment;
    }

    /** The helpers that apply to a URL, in the order git asks them. */
    public List<CredentialHelper> helpers(URIish url) {
        List<String> names = new ArrayList<>();
        for (String subsection : sections(url)) {
            for (String value : values(subsection, "helper")) {
                if (value.isBlank()) {
                    names.clear();
                } else {
                    names.add(value);
                }
            }
        }
        return names.stream().map(name -> new CredentialHelper(name, home, environment)).toList();
    }

    /** The request git would send for a URL: protocol, host (with a port that is not the default), path when asked for. */
    public Credential request(URIish url) {
        String host = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        String path = null;
        if (last("useHttpPath", url).map(Boolean::parseBoolean).orElse(false) && url.getPath() != null) {
            path = url.getPath().replaceFirst("^/+", "");
        }
        String user = url.getUser() != null ? url.getUser() : last("username", url).orElse(null);
        return new Credential(url.getScheme(), host, path, user, null);
    }

    /** Asks the helpers in turn: a user name and password, or empty when none knows them. */
    public Optional<Credential> fill(URIish url) throws IOException {
        Credential credential = request(url);
        for (CredentialHelper helper : helpers(url)) {
            Map<String, String> answer = helper.get(credential);
            credential = credential.with(answer);
            if (credential.complete() || "true".equals(answer.get("quit")) || "1".equals(answer.get("quit"))) {
                break;
            }
        }
        return credential.complete() ? Optional.of(credential) : Optional.empty();
    }

    /** Tells every helper that a credential worked ({@code store}) or was refused ({@code erase}), as git does. */
    public void tell(String action, URIish url, Credential credential) throws IOException {
        for (CredentialHelper helper : helpers(url)) {
            helper.tell(action, credential);
        }
    }

    /** The general section first, then the URL sections that apply, the more specific later (they win). */
    private List<String> sections(URIish url) {
        List<String> sections = new ArrayList<>();
        sections.add(null);
        List<String> matching = new ArrayList<>();
        for (Config file : config.files()) {
            for (String subsection : file.getSubsections(SECTION)) {
                if (UrlMatch.score(subsection, url) >= 0 && !matching.contains(subsection)) {
                    matching.add(subsection);
                }
            }
        }
        matching.sort(Comparator.comparingInt(subsection -> UrlMatch.score(subsection, url)));
        sections.addAll(matching);
        return sections;
    }

    private List<String> values(String subsection, String name) {
        List<String> values = new ArrayList<>();
        for (Config file : config.files()) {
            for (String value : file.getStringList(SECTION, subsection, name)) {
                // JGit reads "helper =" as no value: git's empty value
                values.add(value == null ? "" : value);
            }
        }
        return values;
    }

    private Optional<String> last(String name, URIish url) {
        String found = null;
        for (String subsection : sections(url)) {
            List<String> values = values(subsection, name);
            if (!values.isEmpty()) {
                found = values.get(values.size() - 1);
            }
        }
        return Optional.ofNullable(found);
    }
}
