/**
 * Differences between two annotators' versions of a study: what the disagreement walker lists, kind by kind
 * (missing, boundary, label, link, attribute). Read-only: nothing here changes a project.
 */
package org.glossa.review.diff;
