/**
 * Study loading: which annotators and documents an agreement study compares ({@link
 * org.glossa.review.study.DefaultScope}) and reading their annotation sets from a project into the plain study data
 * that the measures of {@code org.glossa.agreement} take ({@link org.glossa.review.study.StudyLoader}).
 */
package org.glossa.review.study;
