/**
 * Krippendorff's unitizing alpha over the text continuum, overall and per label, per document and over the corpus,
 * with the definitions of DKPro Agreement's unitizing study (the tests cross-check against it).
 */
package org.glossa.agreement.unitizing;
