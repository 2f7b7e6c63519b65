package org.smtpsentry.probe;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A login and its password for the AUTH checks; the password never reaches a transcript or a report. */
public record Credentials(String user, String password) {

    /** The AUTH PLAIN initial response: base64 of NUL user NUL password. */
    String plainResponse() {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The domain of the login ("u@example.com" -> "example.com"), or null for a bare name. */
    String domain() {
        int at = user.lastIndexOf('@');
        return at > 0 && at < user.length() - 1 ? user.substring(at + 1) : null;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=(hidden)]";
    }
}
