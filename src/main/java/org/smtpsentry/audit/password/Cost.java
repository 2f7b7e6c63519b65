package org.smtpsentry.audit.password;

/** What one check of a candidate costs; cheap schemes are checked first, slow ones get the time budget. */
public enum Cost {
    /** A digest or a comparison: millions per second. */
    FAST,
    /** Iterated crypt(3) (MD5-, SHA-crypt): thousands per second. */
    MODERATE,
    /** Deliberately slow (bcrypt, Argon2, PBKDF2, SCRAM): tens per second. */
    SLOW
}
