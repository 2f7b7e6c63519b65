package org.smtpsentry.audit.password;

/**
 * What the audit makes of an account's stored password: a verifier to test candidates with, and the scheme's
 * weakness if it has one; or why it cannot be checked (unknown scheme, malformed value, no Java implementation).
 */
sealed interface Scheme {

    String name();

    record Checkable(String name, Verifier verifier, Weakness weakness) implements Scheme {
    }

    record NotCheckable(String name, String reason) implements Scheme {
    }

    /** Why a scheme is weak, in the words of the report; NONE for a sound one. */
    enum Weakness {
        NONE(""),
        PLAINTEXT("stored in plaintext: whoever reads the file has the password"),
        UNSALTED("unsalted fast digest: equal passwords give equal hashes, cracked by lookup tables"),
        PLAINTEXT_EQUIVALENT("HMAC context: enough to log in with CRAM-MD5, and cracked at MD5 speed"),
        MD5("MD5-based: millions of guesses per second on one GPU"),
        DES("traditional DES crypt: only the first 8 characters count");

        final String why;

        Weakness(String why) {
            this.why = why;
        }
    }
}
