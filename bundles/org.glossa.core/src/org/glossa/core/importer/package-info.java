/**
 * Headless import of news articles from plain-text and HTML files.
 * <p>
 * {@link org.glossa.core.importer.ImportScanner} turns the user's selection into files;
 * {@link org.glossa.core.importer.ArticleReader} reads one file into an
 * {@link org.glossa.core.importer.ImportedArticle}: strictly decoded text with {@code \n} line endings (the
 * offsets every annotation refers to), its headline, date and language, and the body region that leaves menus,
 * bylines and "most popular" lists out. Everything else in this package is package-private machinery.
 */
package org.glossa.core.importer;
