/**
 * Building gold from the annotators' sets through a curator's gold editing session, every step undoable: the
 * automatic part that the command line and the workbench share ({@link
 * org.glossa.review.adjudication.AutoAdjudicateOperation}), the curator's decisions on single differences ({@link
 * org.glossa.review.adjudication.DisagreementDecisions}) and the count of places gold has not decided yet. Results
 * are records; the front ends word them.
 */
package org.glossa.review.adjudication;
