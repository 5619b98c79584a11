/**
 * The coding view of a study (items × raters → category) and what the kappa family shares: the complete items and
 * their counts ({@link org.glossa.agreement.coding.CompleteItems}), and percentage agreement.
 */
package org.glossa.agreement.coding;
