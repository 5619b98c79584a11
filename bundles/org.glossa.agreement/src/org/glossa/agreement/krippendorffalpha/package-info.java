/**
 * Krippendorff's alpha with the nominal distance over the coding view: every item with at least two values
 * counts, so raters who left items out still compare.
 */
package org.glossa.agreement.krippendorffalpha;
