/**
 * The label confusion matrix of two annotators over their matched spans, with "none" for spans only one of
 * them marked.
 */
package org.glossa.agreement.confusion;
