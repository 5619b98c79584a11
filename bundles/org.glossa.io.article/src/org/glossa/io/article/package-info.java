/**
 * Headless import of news articles from plain-text and HTML files (the only user of jsoup).
 * <p>
 * {@link org.glossa.io.article.ImportArticlesOperation} adds files to a project;
 * {@link org.glossa.io.article.ImportScanner} turns the user's selection into files;
 * {@link org.glossa.io.article.ArticleReader} reads one file into an
 * {@link org.glossa.io.article.ImportedArticle}: strictly decoded text with {@code \n} line endings (the
 * offsets every annotation refers to), its headline, date and language, and the body region that leaves menus,
 * bylines and "most popular" lists out. Everything else in this package is package-private machinery.
 */
package org.glossa.io.article;
