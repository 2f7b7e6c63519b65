package org.smtpsentry.audit.password;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.digest.Crypt;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.MD4Digest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Tells whether a candidate password is the one a stored hash was made from. Thread-safe: no shared state. */
sealed interface Verifier {

    boolean matches(String candidate);

    Cost cost();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The password itself, stored as it is ({PLAIN}, {CLEARTEXT}). */
    record PlainText(String password) implements Verifier {
        @Override
        public boolean matches(String candidate) {
            return MessageDigest.isEqual(utf8(password), utf8(candidate));
        }

        @Override
        public Cost cost() {
            return Cost.FAST;
        }
    }

    /** digest(password + salt) = hash; salt empty for unsalted ({SHA256}) and after the digest for salted ({SSHA}). */
    record SaltedDigest(String algorithm, byte[] hash, byte[] salt) implements Verifier {
        @Override
        public boolean matches(String candidate) {
            byte[] pw = utf8(candidate);
            byte[] d;
            if (algorithm.equals("MD4")) {
                MD4Digest md4 = new MD4Digest();
                md4.update(pw, 0, pw.length);
                md4.update(salt, 0, salt.length);
                d = new byte[md4.getDigestSize()];
                md4.doFinal(d, 0);
            } else {
                MessageDigest md = digest(algorithm);
                md.update(pw);
                md.update(salt);
                d = md.digest();
            }
            return MessageDigest.isEqual(d, hash);
        }

        @Override
        public Cost cost() {
            return Cost.FAST;
        }
    }

    /** A crypt(3) string: $1$ MD5-crypt, $5$ SHA256-crypt, $6$ SHA512-crypt or traditional DES (Commons Codec). */
    record CryptString(String stored) implements Verifier {
        @Override
        public boolean matches(String candidate) {
            return MessageDigest.isEqual(utf8(Crypt.crypt(utf8(candidate), stored)), utf8(stored));
        }

        @Override
        public Cost cost() {
            return stored.startsWith("$") ? Cost.MODERATE : Cost.FAST;
        }
    }

    /** bcrypt $2y$/$2a$/$2b$ ({BLF-CRYPT}); passwords past 72 bytes are cut as bcrypt itself does. */
    record Bcrypt(String stored) implements Verifier {
        private static final BCrypt.Verifyer VERIFYER =
                BCrypt.verifyer(null, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2Y));

        @Override
        public boolean matches(String candidate) {
            return VERIFYER.verify(utf8(candidate), utf8(stored)).verified;
        }

        @Override
        public Cost cost() {
            return Cost.SLOW;
        }
    }

    /** Argon2i/Argon2id from a PHC string's parameters (Bouncy Castle). */
    record Argon2(int type, int version, int memoryKiB, int iterations, int lanes, byte[] salt, byte[] hash)
            implements Verifier {
        @Override
        public boolean matches(String candidate) {
            Argon2Parameters parameters = new Argon2Parameters.Builder(type).withVersion(version)
                    .withMemoryAsKB(memoryKiB).withIterations(iterations).withParallelism(lanes).withSalt(salt)
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[hash.length];
            generator.generateBytes(utf8(candidate), out);
            return MessageDigest.isEqual(out, hash);
        }

        @Override
        public Cost cost() {
            return Cost.SLOW;
        }
    }

    /**
     * Dovecot's {CRAM-MD5} (and {HMAC-MD5}): not a digest but the HMAC-MD5 key schedule, i.e. the MD5 chaining
     * values after the outer (key XOR 0x5c) and the inner (key XOR 0x36) pad block, four little-endian words each.
     * The JDK's MessageDigest hides that state; Bouncy Castle's MD5Digest exports it (getEncodedState: the words
     * H1..H4 big-endian at offset 16), so the context is recomputed with the library, not by hand.
     */
    record CramMd5(byte[] context) implements Verifier {
        @Override
        public boolean matches(String candidate) {
            byte[] key = utf8(candidate);
            if (key.length > 64) {
                key = digest("MD5").digest(key);
            }
            byte[] out = new byte[32];
            chaining(key, 0x5c, out, 0);
            chaining(key, 0x36, out, 16);
            return MessageDigest.isEqual(out, context);
        }

        private static void chaining(byte[] key, int pad, byte[] out, int at) {
            byte[] block = Arrays.copyOf(key, 64);
            for (int i = 0; i < 64; i++) {
                block[i] ^= (byte) pad;
            }
            MD5Digest md5 = new MD5Digest();
            md5.update(block, 0, 64);
            byte[] state = md5.getEncodedState();
            for (int word = 0; word < 4; word++) {
                for (int b = 0; b < 4; b++) {
                    out[at + word * 4 + b] = state[16 + word * 4 + 3 - b];
                }
            }
        }

        @Override
        public Cost cost() {
            return Cost.FAST;
        }
    }

    /** {DIGEST-MD5}: MD5("user:realm:password"), the realm being the login's domain. */
    record DigestMd5(String user, String realm, byte[] hash) implements Verifier {
        @Override
        public boolean matches(String candidate) {
            return MessageDigest.isEqual(digest("MD5").digest(utf8(user + ":" + realm + ":" + candidate)), hash);
        }

        @Override
        public Cost cost() {
            return Cost.FAST;
        }
    }

    /** Dovecot's {PBKDF2}: $1$salt$rounds$hex, PBKDF2-HMAC-SHA1 over the salt string (JDK). */
    record Pbkdf2(byte[] salt, int rounds, byte[] hash) implements Verifier {
        @Override
        public boolean matches(String candidate) {
            return MessageDigest.isEqual(pbkdf2("PBKDF2WithHmacSHA1", candidate, salt, rounds, hash.length), hash);
        }

        @Override
        public Cost cost() {
            return Cost.SLOW;
        }
    }

    /** {SCRAM-SHA-1}/{SCRAM-SHA-256}: iterations, salt, StoredKey, ServerKey (RFC 5802); checks the StoredKey. */
    record Scram(String hmac, String hash, int iterations, byte[] salt, byte[] storedKey) implements Verifier {
        @Override
        public boolean matches(String candidate) {
            byte[] salted = pbkdf2("PBKDF2With" + hmac, candidate, salt, iterations, storedKey.length);
            try {
                Mac mac = Mac.getInstance(hmac);
                mac.init(new SecretKeySpec(salted, hmac));
                byte[] clientKey = mac.doFinal(utf8("Client Key"));
                return MessageDigest.isEqual(digest(hash).digest(clientKey), storedKey);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(hmac + " missing from the JDK", e);
            }
        }

        @Override
        public Cost cost() {
            return Cost.SLOW;
        }
    }

    /**
     * {OTP} (RFC 2289): the hash of seed + password folded to 64 bits, then hashed and folded {@code sequence}
     * times more. SHA-1's fold stores each 32-bit word little-endian, as the RFC's reference code does.
     */
    record Otp(String algorithm, int sequence, String seed, byte[] state) implements Verifier {
        @Override
        public boolean matches(String candidate) {
            byte[] r = fold(hash(utf8(seed + candidate)));
            for (int i = 0; i < sequence; i++) {
                r = fold(hash(r));
            }
            return MessageDigest.isEqual(r, state);
        }

        private byte[] hash(byte[] data) {
            Digest d = switch (algorithm) {
                case "md4" -> new MD4Digest();
                case "md5" -> new MD5Digest();
                default -> new org.bouncycastle.crypto.digests.SHA1Digest();
            };
            d.update(data, 0, data.length);
            byte[] out = new byte[d.getDigestSize()];
            d.doFinal(out, 0);
            return out;
        }

        private byte[] fold(byte[] d) {
            byte[] r = Arrays.copyOf(d, 8);
            for (int i = 0; i < 8; i++) {
                r[i] ^= d[8 + i];
            }
            if (d.length == 20) {
                for (int i = 0; i < 4; i++) {
                    r[i] ^= d[16 + i];
                }
                return new byte[] {r[3], r[2], r[1], r[0], r[7], r[6], r[5], r[4]};
            }
            return r;
        }

        @Override
        public Cost cost() {
            return Cost.MODERATE;
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    private static byte[] pbkdf2(String algorithm, String password, byte[] salt, int rounds, int bytes) {
        try {
            return SecretKeyFactory.getInstance(algorithm)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, bytes * 8)).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(algorithm + ": " + e.getMessage(), e);
        }
    }
}
