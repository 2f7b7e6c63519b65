package org.smtpsentry.audit.password;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Reads a stored password into a {@link Scheme}: Dovecot's scheme names, encodings and value formats. */
final class Schemes {
    private Schemes() {
    }

    /** {@code login} is needed by {DIGEST-MD5}, whose hash covers the user and realm. */
    static Scheme read(StoredPassword stored, String login) {
        String name = stored.scheme();
        try {
            return switch (name) {
                case "PLAIN", "CLEAR", "CLEARTEXT", "PLAIN-TRUNC" -> new Scheme.Checkable(name,
                        new Verifier.PlainText(plaintext(stored)), Scheme.Weakness.PLAINTEXT);
                case "SHA", "SHA1" -> digest(stored, "SHA-1", 20, false);
                case "SHA256" -> digest(stored, "SHA-256", 32, false);
                case "SHA512" -> digest(stored, "SHA-512", 64, false);
                case "PLAIN-MD5", "LDAP-MD5" -> digest(stored, "MD5", 16, false);
                case "PLAIN-MD4" -> digest(stored, "MD4", 16, false);
                case "SSHA" -> digest(stored, "SHA-1", 20, true);
                case "SSHA256" -> digest(stored, "SHA-256", 32, true);
                case "SSHA512" -> digest(stored, "SHA-512", 64, true);
                case "SMD5" -> digest(stored, "MD5", 16, true);
                case "CRYPT", "MD5-CRYPT", "MD5", "SHA256-CRYPT", "SHA512-CRYPT", "DES-CRYPT", "BLF-CRYPT" ->
                        crypt(name, plaintext(stored));
                case "ARGON2I", "ARGON2ID" -> argon2(name, plaintext(stored));
                case "CRAM-MD5", "HMAC-MD5" -> cramMd5(name, stored);
                case "DIGEST-MD5" -> digestMd5(stored, login);
                case "PBKDF2" -> pbkdf2(plaintext(stored));
                case "SCRAM-SHA-1" -> scram(name, "HmacSHA1", "SHA-1", plaintext(stored));
                case "SCRAM-SHA-256" -> scram(name, "HmacSHA256", "SHA-256", plaintext(stored));
                case "OTP" -> otp(plaintext(stored));
                default -> new Scheme.NotCheckable(name, "unknown scheme {" + name + "}");
            };
        } catch (IllegalArgumentException e) {
            return new Scheme.NotCheckable(name, "malformed {" + name + "} value: " + e.getMessage());
        }
    }

    /** A bare crypt(3) string, as /etc/shadow holds it: "$6$...", "$2y$...", "$argon2id$...", DES. */
    static Scheme crypt(String name, String value) {
        if (value.startsWith("$2a$") || value.startsWith("$2b$") || value.startsWith("$2y$")) {
            return new Scheme.Checkable(name.equals("CRYPT") ? "BLF-CRYPT" : name, new Verifier.Bcrypt(value),
                    Scheme.Weakness.NONE);
        }
        if (value.startsWith("$argon2")) {
            return argon2(name, value);
        }
        if (value.startsWith("$1$")) {
            return new Scheme.Checkable(name.equals("CRYPT") ? "MD5-CRYPT" : name, new Verifier.CryptString(value),
                    Scheme.Weakness.MD5);
        }
        if (value.startsWith("$5$") || value.startsWith("$6$")) {
            String real = value.startsWith("$5$") ? "SHA256-CRYPT" : "SHA512-CRYPT";
            return new Scheme.Checkable(name.equals("CRYPT") ? real : name, new Verifier.CryptString(value),
                    Scheme.Weakness.NONE);
        }
        if (value.startsWith("$y$") || value.startsWith("$gy$") || value.startsWith("$7$")) {
            return new Scheme.NotCheckable("YESCRYPT", "yescrypt/scrypt crypt strings ($y$, $7$) have no "
                    + "implementation in the libraries smtpsentry uses");
        }
        if (value.length() == 13 && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '/')) {
            return new Scheme.Checkable(name.equals("CRYPT") ? "DES-CRYPT" : name, new Verifier.CryptString(value),
                    Scheme.Weakness.DES);
        }
        if (value.startsWith("$")) {
            int end = value.indexOf('$', 1);
            String id = end > 0 ? value.substring(0, end + 1) : value;
            return new Scheme.NotCheckable(name, "unknown crypt method " + id);
        }
        return new Scheme.NotCheckable(name, "not a crypt(3) string");
    }

    private static Scheme digest(StoredPassword stored, String algorithm, int length, boolean salted) {
        byte[] raw = binary(stored, StoredPassword.Encoding.BASE64);
        String name = stored.scheme();
        // Dovecot accepts hex for the unsalted digests without a suffix when the length says so
        if (stored.encoding() == StoredPassword.Encoding.DEFAULT && raw.length != length && !salted
                && stored.value().length() == length * 2) {
            raw = HexFormat.of().parseHex(stored.value());
        }
        if (salted ? raw.length <= length : raw.length != length) {
            throw new IllegalArgumentException(raw.length + " bytes, a " + algorithm + " digest has " + length
                    + (salted ? " plus the salt" : ""));
        }
        byte[] hash = java.util.Arrays.copyOf(raw, length);
        byte[] salt = java.util.Arrays.copyOfRange(raw, length, raw.length);
        Scheme.Weakness weakness = algorithm.startsWith("MD") ? Scheme.Weakness.MD5
                : salted ? Scheme.Weakness.NONE : Scheme.Weakness.UNSALTED;
        return new Scheme.Checkable(name, new Verifier.SaltedDigest(algorithm, hash, salt), weakness);
    }

    private static Scheme argon2(String name, String phc) {
        // $argon2id$v=19$m=65536,t=3,p=1$salt$hash (PHC string format; base64 without padding)
        String[] part = phc.split("\\$");
        if (part.length != 6 || !part[2].startsWith("v=")) {
            return new Scheme.NotCheckable(name, "malformed Argon2 PHC string");
        }
        int type = switch (part[1]) {
            case "argon2i" -> Argon2Parameters.ARGON2_i;
            case "argon2id" -> Argon2Parameters.ARGON2_id;
            case "argon2d" -> Argon2Parameters.ARGON2_d;
            default -> throw new IllegalArgumentException("unknown Argon2 variant " + part[1]);
        };
        int version = Integer.parseInt(part[2].substring(2));
        int m = 0;
        int t = 0;
        int p = 0;
        for (String kv : part[3].split(",")) {
            String[] pair = kv.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("bad Argon2 parameter " + kv);
            }
            int v = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> p = v;
                default -> throw new IllegalArgumentException("unknown Argon2 parameter " + pair[0]);
            }
        }
        if (m <= 0 || t <= 0 || p <= 0 || m > 4 * 1024 * 1024) {
            throw new IllegalArgumentException("Argon2 parameters out of range: " + part[3]);
        }
        Base64.Decoder b64 = Base64.getDecoder();
        String real = part[1].equals("argon2i") ? "ARGON2I" : part[1].equals("argon2id") ? "ARGON2ID" : "ARGON2D";
        return new Scheme.Checkable(name.startsWith("ARGON2") ? name : real,
                new Verifier.Argon2(type, version, m, t, p, b64.decode(part[4]), b64.decode(part[5])),
                Scheme.Weakness.NONE);
    }

    private static Scheme cramMd5(String name, StoredPassword stored) {
        byte[] context = binary(stored, StoredPassword.Encoding.HEX);
        if (context.length != 32) {
            throw new IllegalArgumentException(context.length + " bytes, a CRAM-MD5 context has 32");
        }
        return new Scheme.Checkable(name, new Verifier.CramMd5(context), Scheme.Weakness.PLAINTEXT_EQUIVALENT);
    }

    private static Scheme digestMd5(StoredPassword stored, String login) {
        byte[] hash = binary(stored, StoredPassword.Encoding.HEX);
        if (hash.length != 16) {
            throw new IllegalArgumentException(hash.length + " bytes, an MD5 digest has 16");
        }
        int at = login.indexOf('@');
        String user = at < 0 ? login : login.substring(0, at);
        String realm = at < 0 ? "" : login.substring(at + 1);
        return new Scheme.Checkable("DIGEST-MD5", new Verifier.DigestMd5(user, realm, hash), Scheme.Weakness.MD5);
    }

    private static Scheme pbkdf2(String value) {
        // $1$salt$rounds$hex
        String[] part = value.split("\\$");
        if (part.length != 5 || !part[1].equals("1")) {
            throw new IllegalArgumentException("expected $1$salt$rounds$hex");
        }
        return new Scheme.Checkable("PBKDF2", new Verifier.Pbkdf2(part[2].getBytes(StandardCharsets.UTF_8),
                rounds(part[3]), HexFormat.of().parseHex(part[4])), Scheme.Weakness.NONE);
    }

    private static Scheme scram(String name, String hmac, String digest, String value) {
        // iterations,salt,StoredKey,ServerKey (base64)
        String[] part = value.split(",");
        if (part.length != 4) {
            throw new IllegalArgumentException("expected iterations,salt,StoredKey,ServerKey");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new Scheme.Checkable(name, new Verifier.Scram(hmac, digest, rounds(part[0]), b64.decode(part[1]),
                b64.decode(part[2])), Scheme.Weakness.NONE);
    }

    private static Scheme otp(String value) {
        // "sha1 1024 seed hexstate"
        String[] part = value.trim().split("\\s+");
        if (part.length != 4 || !(part[0].equals("sha1") || part[0].equals("md5") || part[0].equals("md4"))) {
            throw new IllegalArgumentException("expected \"sha1|md5|md4 sequence seed state\"");
        }
        return new Scheme.Checkable("OTP", new Verifier.Otp(part[0], rounds(part[1]), part[2].toLowerCase(Locale.ROOT),
                HexFormat.of().parseHex(part[3])), Scheme.Weakness.NONE);
    }

    private static int rounds(String s) {
        int n = Integer.parseInt(s);
        if (n < 0 || n > 10_000_000) {
            throw new IllegalArgumentException("iteration count " + s + " out of range");
        }
        return n;
    }

    /** The value as text (a plaintext password, a crypt string), decoding a .b64/.hex suffix if there is one. */
    private static String plaintext(StoredPassword stored) {
        return switch (stored.encoding()) {
            case DEFAULT -> stored.value();
            case BASE64, HEX -> new String(binary(stored, StoredPassword.Encoding.BASE64), StandardCharsets.UTF_8);
        };
    }

    private static byte[] binary(StoredPassword stored, StoredPassword.Encoding natural) {
        StoredPassword.Encoding encoding = stored.encoding() == StoredPassword.Encoding.DEFAULT ? natural
                : stored.encoding();
        return switch (encoding) {
            case HEX -> HexFormat.of().parseHex(stored.value().trim());
            case BASE64, DEFAULT -> Base64.getMimeDecoder().decode(stored.value().trim());
        };
    }
}
