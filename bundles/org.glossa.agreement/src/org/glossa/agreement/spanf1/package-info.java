/**
 * Span F1 between two annotators, exact and overlapping matches, per label with micro and macro means; one
 * annotator is the reference, the other the response.
 */
package org.glossa.agreement.spanf1;
