package org.smtpsentry.audit.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Hashes of "secret1" recorded from Debian 12's `doveadm pw -s SCHEME -p secret1 -u alice@example.org`. */
class SchemesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{SHA1}AMr9EmGC6KnnwBuy8N/QBJa+ck8=|UNSALTED",
        "{SSHA512}NimmhN7aT3dohkYJHZEuP55Z+Ya5LGWw3BX3zZnczr930dADNpM90pLTqDJDVmvdpQ9UX4qbwMUDAvupfnaUZbSwItc=|NONE",
        "{SCRAM-SHA-256}4096,yX7LBRoHe8WbqKF58/zHhA==,JcSAUDTED1C26mNxUXdIxSMD4jY8jMXoMRIf6lQXzrc=,"
                + "lRf9E0/fsRVjSzngdzsy66n6CmwbbpDRFSSzC6lS938=|NONE",
        "{BLF-CRYPT}$2y$05$nenxmd0cTrrmYqQMrxEPQO/yabs6VDZ1tAAQIeqfxcqLpZbUV3J6K|NONE",
        "{PLAIN}secret1|PLAINTEXT",
        "{HMAC-MD5}9f327e2492aa7f1ddc287a9d8778c5f7612bfd1fe746b5c3dc5acdd68b12ffbd|PLAINTEXT_EQUIVALENT",
        "{OTP}sha1 1024 81231f4ebc4cb71f fe4a235e9917c933|NONE",
        "{SHA512}HD6Xh+Y6oIZnXv4XqbKxrb6t3RkoPYv+NkqOBE8MwkssuATRE2aFBp8Nm9kp/Xn5a4l2Ki8QkX5qIUlbXQgO4Q==|UNSALTED",
        "{DES-CRYPT}vuLccZFtvS7mw|DES",
        "{CRYPT}$2y$05$DWScw619m8jJVPoKfbpQU.9/19Bi5qUgd9.lMgKZbjyA6dbkWoh4C|NONE",
        "{SSHA}UpValDiT4dPHxFMwltssS3SE6Q+FReX7|NONE",
        "{MD5-CRYPT}$1$sgGfN9ds$Z/sXoZ/Xawx0HG1y/sKa51|MD5",
        "{PLAIN-MD4}a8c1c7d8dba3456fee804cb729624304|MD5",
        "{PLAIN-MD5}e52d98c459819a11775936d8dfbb7929|MD5",
        "{SCRAM-SHA-1}4096,e4+CAk7gA7Sd16bPvXKE7Q==,qBuY4i3U+HSLDmuK3qb6PdBrbJc=,8R77WLRZS4vw6/E09dLZsl6gAu4=|NONE",
        "{SHA512-CRYPT}$6$TmlGrT8bmWgINSd4$hk99NoRYtZlekOw3vKIgau3uH63wmIyPLlQGeAJSAMKXonjyIc7.q3m/qtZgeRAZJ/erTHN1ftWm"
                + "mdihpf5zf0|NONE",
        "{CLEARTEXT}secret1|PLAINTEXT",
        "{ARGON2I}$argon2i$v=19$m=32768,t=4,p=1$O64fJ3V6+6kwLNwjY/H9SQ$YkhaHvdPUK043hpl0V3t/ft1m59fOZivxT+n1PPOmUo|NONE",
        "{SSHA256}WUWGFMPZ8rkosmJALEI//fJWQNKOY1H0CBMxdfPui6bNzsaa|NONE",
        "{MD5}$1$KEty4U4k$IDvr7KfxTpx3MfqScd9WL0|MD5",
        "{PBKDF2}$1$rDyU7yMJ3K3HT1h3$5000$abc657dd76c6015f7d8f7315142064d519fc5382|NONE",
        "{SHA256}WxFhjC5EAnh30M0JIe0Wa58Xb1BYf8kedTTdKUbbd9Y=|UNSALTED",
        "{CRAM-MD5}9f327e2492aa7f1ddc287a9d8778c5f7612bfd1fe746b5c3dc5acdd68b12ffbd|PLAINTEXT_EQUIVALENT",
        "{SHA256-CRYPT}$5$myGd7lQ.Eu1wk7SA$.8DfjiT.bjeM/v35YfAYPaYHHlVSDSI0Pw5NvY.kS12|NONE",
        "{SMD5}Kh2d28undOSpB09JN2HaxRGgVFc=|MD5",
        "{DIGEST-MD5}a4983b36a4ba1bf01e71ad240b234e4b|MD5",
        "{LDAP-MD5}5S2YxFmBmhF3WTbY37t5KQ==|MD5",
        "{SHA256.HEX}5b11618c2e44027877d0cd0921ed166b9f176f50587fc91e7534dd2946db77d6|UNSALTED",
        "{PLAIN.B64}c2VjcmV0MQ==|PLAINTEXT",
    })
    void verifiesDovecotHashesOfSecret1(String stored, String weakness) {
        Scheme scheme = Schemes.read(StoredPassword.parse(stored, "CRYPT"), "alice@example.org");
        Scheme.Checkable c = assertInstanceOf(Scheme.Checkable.class, scheme, stored);
        assertTrue(c.verifier().matches("secret1"), stored);
        assertFalse(c.verifier().matches("secret2"), stored);
        assertEquals(Scheme.Weakness.valueOf(weakness), c.weakness(), stored);
    }

    @Test
    void hexEncodedCryptStringIsDecodedFirst() {
        String hex = java.util.HexFormat.of().formatHex("$1$sgGfN9ds$Z/sXoZ/Xawx0HG1y/sKa51".getBytes());
        Scheme s = Schemes.read(StoredPassword.parse("{MD5-CRYPT.HEX}" + hex, "CRYPT"), "a");
        assertTrue(((Scheme.Checkable) s).verifier().matches("secret1"));
    }

    @Test
    void bareCryptStringsTakeTheDefaultScheme() {
        Scheme s = Schemes.read(StoredPassword.parse("$1$sgGfN9ds$Z/sXoZ/Xawx0HG1y/sKa51", "CRYPT"), "a");
        assertEquals("MD5-CRYPT", s.name());
    }

    @Test
    void unknownSchemesAndYescryptAreNotCheckableButNotFatal() {
        Scheme unknown = Schemes.read(StoredPassword.parse("{RIPEMD}abc", "CRYPT"), "a");
        assertEquals("unknown scheme {RIPEMD}", ((Scheme.NotCheckable) unknown).reason());
        Scheme yescrypt = Schemes.read(StoredPassword.parse("$y$j9T$abc$def", "CRYPT"), "a");
        assertInstanceOf(Scheme.NotCheckable.class, yescrypt);
        Scheme malformed = Schemes.read(StoredPassword.parse("{SSHA}@@@", "CRYPT"), "a");
        assertTrue(((Scheme.NotCheckable) malformed).reason().startsWith("malformed {SSHA} value"));
    }
}
