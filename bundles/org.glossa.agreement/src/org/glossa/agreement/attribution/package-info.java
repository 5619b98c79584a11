/**
 * Attribution agreement: whether two annotators who marked the same quote or claim linked it to the same
 * speakers or claimants (sets of targets, so joint statements compare as wholes).
 */
package org.glossa.agreement.attribution;
