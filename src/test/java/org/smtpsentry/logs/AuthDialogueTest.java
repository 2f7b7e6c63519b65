package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** AUTH exchanges in a session's dialogue: users named, passwords masked, whichever side speaks. */
class AuthDialogueTest {

    /** The lines as shown, each followed by its note ("-" for none). */
    private static List<String> show(boolean secrets, String... dialogue) {
        AuthDialogue auth = new AuthDialogue(secrets);
        return java.util.Arrays.stream(dialogue).map(words -> {
            String line = "[S1] " + words;
            AuthDialogue.Shown s = auth.show(line, InSession.dialogue("S1", 5, line.length()));
            return s.text().substring(5) + " | " + (s.note() == null ? "-" : s.note());
        }).toList();
    }

    @Test
    void authLoginAfterUsernameAndPasswordChallenges() {
        assertEquals(List.of("AUTH LOGIN | -", "334 VXNlcm5hbWU6 | -", "c2FsZXNAZXhhbXBsZS5jb20= | user sales@example.com",
                        "334 UGFzc3dvcmQ6 | -", "**** | password, masked (--show-secrets prints it)",
                        "535 5.7.8 Authentication credentials invalid | -", "MAIL FROM:<a@b> | -"),
                show(false, "AUTH LOGIN", "334 VXNlcm5hbWU6", "c2FsZXNAZXhhbXBsZS5jb20=", "334 UGFzc3dvcmQ6",
                        "V2ludGVyMjAyNiE=", "535 5.7.8 Authentication credentials invalid", "MAIL FROM:<a@b>"));
    }

    @Test
    void theDecodedPasswordOnlyWhenAsked() {
        assertEquals("V2ludGVyMjAyNiE= | password: Winter2026!", show(true, "AUTH LOGIN c2FsZXM=", "334 UGFzc3dvcmQ6",
                "V2ludGVyMjAyNiE=").get(2));
    }

    @Test
    void authPlainInitialResponseAndAfterAnEmptyChallenge() {
        assertEquals("AUTH PLAIN **** | user info@example.com, password masked (--show-secrets prints it)",
                show(false, "auth plain AGluZm9AZXhhbXBsZS5jb20AaW5mbw==").get(0).replace("auth plain", "AUTH PLAIN"));
        assertEquals(List.of("AUTH PLAIN | -", "334  | -",
                        "**** | user info@example.com, password masked (--show-secrets prints it)"),
                show(false, "AUTH PLAIN", "334 ", "AGluZm9AZXhhbXBsZS5jb20AaW5mbw=="));
    }

    @Test
    void aCancelledExchangeAndWhatFollowsIt() {
        assertEquals(List.of("AUTH LOGIN | -", "334 VXNlcm5hbWU6 | -", "* | AUTH cancelled by the client",
                        "501 5.7.0 Authentication cancelled | -", "QUIT | -"),
                show(false, "AUTH LOGIN", "334 VXNlcm5hbWU6", "*", "501 5.7.0 Authentication cancelled", "QUIT"));
    }

    @Test
    void aPasswordThatIsNotBase64IsMaskedAllTheSame() {
        assertEquals("**** | password, masked (--show-secrets prints it)",
                show(false, "AUTH LOGIN c2FsZXM=", "334 UGFzc3dvcmQ6", "not base64 at all!").get(2));
    }

    @Test
    void aNoteIsLeftAlone() {
        AuthDialogue.Shown s = new AuthDialogue(false).show("[S1] Connected", InSession.note("S1"));
        assertEquals("[S1] Connected", s.text());
        assertNull(s.note());
    }
}
