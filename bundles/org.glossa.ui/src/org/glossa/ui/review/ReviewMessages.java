package org.glossa.ui.review;

import java.util.List;

import org.glossa.model.SpanAnnotation;
import org.glossa.review.adjudication.AdjudicationResult;
import org.glossa.review.adjudication.AutoAdjudicationResult;
import org.glossa.review.adjudication.DisagreementDecisions.Choice;
import org.glossa.review.adjudication.GoldAtPlace;
import org.glossa.review.diff.Disagreement;

/** The review mode's wording of what the headless adjudication returns: the walker's Gold column and status lines. */
public final class ReviewMessages {

    private ReviewMessages() {
    }

    /** One line for the status line: what a decision did. */
    public static String decision(Choice choice, Disagreement d, AdjudicationResult result) {
        String what = switch (choice) {
            case FIRST -> d.versionA() == null ? "Nothing here (as " + d.a() + ")" : "Accepted " + d.a() + "'s version";
            case SECOND -> d.versionB() == null ? "Nothing here (as " + d.b() + ")" : "Accepted " + d.b() + "'s version";
            case MERGE -> "Merged the versions";
            case NOTHING -> "Nothing here in gold";
        };
        String replaced = result.replaced() > 0 ? ", replaced " + plural(result.replaced(), "gold span") : "";
        int broughtAlong = result.created().size() - 1;
        String extra = broughtAlong > 0 ? ", " + plural(broughtAlong, "link target") + " brought along" : "";
        String notes = result.notes().isEmpty() ? "" : " (" + String.join("; ", result.notes()) + ")";
        return what + replaced + extra + notes + ".";
    }

    /** Which version gold holds at the place: a short word for the walker's Gold column. */
    public static String goldColumn(GoldAtPlace gold, Disagreement d) {
        if (gold.holdsFirst() && gold.holdsSecond()) {
            return "both";
        }
        return gold.holdsFirst() ? d.a() : gold.holdsSecond() ? d.b() : gold.holdsOther() ? "other" : "\u2014";
    }

    /** What gold has at the place, with the covered text. */
    public static String goldHere(GoldAtPlace gold, String text) {
        List<String> here = gold.spans().stream().map(span -> describe(span, text)).toList();
        return here.isEmpty() ? "nothing yet" : String.join(", ", here);
    }

    /** The status line after "Adjudicate Agreed Spans". */
    public static String autoAdjudicated(AutoAdjudicationResult result, int quorum, List<String> layers) {
        String leftOut = result.leftOut() == 0 ? ""
                : "; " + plural(result.leftOut(), "document") + " with fewer than " + quorum + " annotators left out";
        return "Gold: " + plural(result.added(), "agreed span") + " added (quorum " + quorum + ", layer "
                + String.join(", ", layers) + "); " + result.undecided() + " left to decide" + leftOut + ". Ctrl+S saves.";
    }

    private static String describe(SpanAnnotation span, String text) {
        return span.getLabel() + " \u201c" + text.substring(span.getBegin(), span.getEnd()) + "\u201d";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
