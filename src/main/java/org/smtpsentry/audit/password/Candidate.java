package org.smtpsentry.audit.password;

/** A password to try and the rule that produced it ("local part + 123"); the rule is what the report shows. */
record Candidate(String password, String rule) {
}
