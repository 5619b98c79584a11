/**
 * Chance-corrected agreement of two raters: Cohen's kappa (one chance distribution per rater) and Scott's pi
 * (one pooled distribution).
 */
package org.glossa.agreement.cohenkappa;
