/**
 * Fleiss' kappa: chance-corrected agreement of any number of raters over the items all of them labelled.
 */
package org.glossa.agreement.fleisskappa;
