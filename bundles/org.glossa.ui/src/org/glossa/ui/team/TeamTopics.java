package org.glossa.ui.team;

/** Events of the team features on the workbench's event broker. */
public final class TeamTopics {
    /** A sync finished (its data: the {@link org.glossa.team.SyncResult}); the Team Status part reads again. */
    public static final String SYNCED = "org/glossa/ui/team/synced";

    private TeamTopics() {
    }
}
