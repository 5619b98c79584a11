/**
 * Text concerns shared by import, editing and export, independent of projects and files: regions in UTF-16 offsets
 * ({@link org.glossa.text.TextRegion}), code point conversion ({@link org.glossa.text.CodePoints}), ICU4J
 * tokenization and sentence splitting for token formats ({@link org.glossa.text.Tokenization}), snapping selections
 * to words ({@link org.glossa.text.SelectionSnapper}) and content hashes of texts.
 */
package org.glossa.text;
