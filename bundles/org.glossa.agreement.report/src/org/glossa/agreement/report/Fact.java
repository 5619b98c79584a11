package org.glossa.agreement.report;

/** A name/value line of an overview ("Continuum length: 8123"); the value is plain text. */
record Fact(String name, String value) {
}
