package org.glossa.team;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;

/**
 * Who works in this working copy, kept in the repository's own configuration (never pushed): the member's name in the
 * project (an annotator's name is the name of their annotation files) and their role.
 */
public record TeamIdentity(String name, Role role) {
    static final String SECTION = "glossa";

    public static Optional<TeamIdentity> read(Repository repository) {
        StoredConfig config = repository.getConfig();
        String name = config.getString(SECTION, null, "member");
        String role = config.getString(SECTION, null, "role");
        if (name == null || role == null) {
            return Optional.empty();
        }
        return Optional.of(new TeamIdentity(name, Role.parse(role)));
    }

    void write(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setString(SECTION, null, "member", name);
        config.setString(SECTION, null, "role", role.word());
        config.save();
    }

    /** The commit author: the user's git name and e-mail when they set one, else the member's name. */
    PersonIdent author(Repository repository) {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        String person = user.isAuthorNameImplicit() ? name : user.getAuthorName();
        String email = user.isAuthorEmailImplicit() ? name + "@glossa.invalid" : user.getAuthorEmail();
        return new PersonIdent(person, email);
    }
}
