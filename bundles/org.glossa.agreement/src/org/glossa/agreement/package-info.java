/**
 * Inter-annotator agreement measures on plain study data (no project files, no UI, no rendering): one package per
 * measure family, as DKPro Agreement and INCEpTION define them; {@link org.glossa.agreement.Figure} is a value or an
 * undefined figure with its reason.
 */
package org.glossa.agreement;
