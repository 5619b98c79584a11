package org.glossa.team.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/** Which {@code [credential "URL"]} sections apply to a remote, as git matches them. */
class UrlMatchTest {
    @Test
    void schemeHostPortUserAndPathPrefixDecide() throws Exception {
        URIish remote = new URIish("https://anna@git.example.org/team/news.git");

        assertTrue(UrlMatch.score("https://git.example.org", remote) >= 0);
        assertTrue(UrlMatch.score("https://git.example.org:443/", remote) >= 0, "the default port is the port");
        assertTrue(UrlMatch.score("https://*.example.org", remote) >= 0, "a star is one part of the host name");
        assertTrue(UrlMatch.score("https://anna@git.example.org/team", remote) >= 0);
        assertTrue(UrlMatch.score("https://git.example.org/team", remote) > UrlMatch.score("https://git.example.org", remote),
                "the longer match is the more specific");

        assertEquals(-1, UrlMatch.score("http://git.example.org", remote), "another scheme");
        assertEquals(-1, UrlMatch.score("https://example.org", remote), "another host");
        assertEquals(-1, UrlMatch.score("https://*.org", remote), "a star does not span a dot");
        assertEquals(-1, UrlMatch.score("https://git.example.org:8443", remote), "another port");
        assertEquals(-1, UrlMatch.score("https://ben@git.example.org", remote), "another user");
        assertEquals(-1, UrlMatch.score("https://git.example.org/tea", remote), "a path prefix ends at a slash");
        assertEquals(-1, UrlMatch.score("not a url at all", remote));
    }
}
