package org.glossa.ui.team;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.glossa.ui.team.TeamSettings.Choice;

/**
 * Whether to sync at a save or at closing, as the user's setting says; when it says "ask", a question with Yes and
 * No for this time and Always and Never to remember.
 */
final class SyncPrompt {
    static final String TITLE = "Sync with the team";

    private SyncPrompt() {
    }

    /** @return whether to sync now */
    static boolean shouldSync(Shell shell, String settingKey, Choice setting, String question) {
        return switch (setting) {
            case ALWAYS -> true;
            case NEVER -> false;
            case ASK -> ask(shell, settingKey, question);
        };
    }

    private static boolean ask(Shell shell, String settingKey, String question) {
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, question + "\n\n\"Always\" and \"Never\" are"
                + " remembered; change them in Team > Settings.", MessageDialog.QUESTION,
                new String[] {"Yes", "No", "Always", "Never"}, 0);
        int answer = dialog.open();
        try {
            if (answer == 2) {
                TeamSettings.set(settingKey, Choice.ALWAYS);
            } else if (answer == 3) {
                TeamSettings.set(settingKey, Choice.NEVER);
            }
        } catch (java.io.IOException e) {
            MessageDialog.openWarning(shell, TITLE, "Your choice could not be remembered: " + e.getMessage());
        }
        return answer == 0 || answer == 2;
    }
}
