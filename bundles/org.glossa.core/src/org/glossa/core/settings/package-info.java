/** Per-user settings, kept outside any project (the annotator's name, editor preferences). */
package org.glossa.core.settings;
