/**
 * Plain study data that every measure reads: per layer, the compared annotators' spans per document as immutable
 * snapshots, the scope that chose them, and the conversions to the coding and unitizing views.
 */
package org.glossa.agreement.study;
