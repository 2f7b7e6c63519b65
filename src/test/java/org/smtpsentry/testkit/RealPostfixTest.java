package org.smtpsentry.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The harness itself: a private instance takes mail, logs it, defers the outbound part, and goes away cleanly. */
@Tag("e2e")
class RealPostfixTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void needsRealPostfix() {
        Assumptions.assumeTrue(RealPostfix.available(), RealPostfix::unavailableReason);
    }

    @Test
    void twoInstancesSideBySideTakeAuthenticatedMailAndDeferTheOutboundPart() {
        CompletableFuture<Path> first = CompletableFuture.supplyAsync(RealPostfixTest::sendOneAuthenticatedMessage);
        CompletableFuture<Path> second = CompletableFuture.supplyAsync(RealPostfixTest::sendOneAuthenticatedMessage);
        // both run to their end (and close) before either result is looked at
        CompletableFuture.allOf(first, second).exceptionally(e -> null).join();
        Path one = first.join();
        Path two = second.join();
        assertNotEquals(one, two);
        assertFalse(Files.exists(one), "close() deletes the instance directory");
        assertFalse(Files.exists(two), "close() deletes the instance directory");
    }

    private static Path sendOneAuthenticatedMessage() {
        try (RealPostfix postfix = RealPostfix.start(new PostfixSetup()
                .user("honest@example.test", "S3cret!", "SHA512-CRYPT").authPenalty(false))) {
            postfix.swaks().from("127.0.0.7").authLogin("honest@example.test", "S3cret!")
                    .mailFrom("honest@example.test").to("friend@far.test", "honest@example.test").expectSuccess();
            String queue = postfix.waitForQueueSettled(WAIT);

            String accepted = postfix.waitForLog("sasl_username=honest@example.test", WAIT);
            assertTrue(accepted.contains("client=unknown[127.0.0.7], sasl_method=LOGIN"), accepted);
            assertTrue(postfix.waitForLog("to=<honest@example.test>", WAIT).contains("status=sent"));
            String deferred = postfix.waitForLog("to=<friend@far.test>", WAIT);
            assertTrue(deferred.contains("status=deferred") && deferred.contains("Connection refused"), deferred);
            assertTrue(queue.contains("\"queue_name\": \"deferred\"") && queue.contains("friend@far.test"), queue);
            assertEquals(postfix.configDir().toString(), postfix.postconf("-h", "config_directory"));
            return postfix.directory();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wrongPasswordsSubmissionAndLocalSubmissionAreLogged() throws IOException {
        try (RealPostfix postfix = RealPostfix.start(new PostfixSetup()
                .user("sales@example.test", "sales", "BLF-CRYPT").authPenalty(false).localSubmission(true))) {
            postfix.swaks().from("127.0.0.5").authLogin("sales@example.test", "wrong").expectFailure();
            assertTrue(postfix.waitForLog("SASL LOGIN authentication failed", WAIT).contains("unknown[127.0.0.5]"));
            postfix.waitForDovecotLog("passwd-file(sales@example.test,127.0.0.5): Password mismatch", WAIT);

            postfix.swaks().submission().from("127.0.0.6").authPlain("sales@example.test", "sales")
                    .mailFrom("sales@example.test").to("sales@example.test").expectSuccess();
            assertTrue(postfix.waitForLog("postfix/submission/smtpd", WAIT).contains("127.0.0.6"));

            assertTrue(postfix.sendmail("nobody", "www@example.test", "Subject: form\n\nhello\n",
                    "sales@example.test").succeeded());
            postfix.waitForLog("uid=65534 from=<www@example.test>", WAIT);
            postfix.waitForQueueSettled(WAIT);

            List<String> delivered = postfix.logLines().stream().filter(l -> l.contains("status=sent")).toList();
            assertEquals(2, delivered.size(), String.join("\n", postfix.logLines()));
        }
    }

    @Test
    void aStartThatFailsSaysWhyAndLeavesNothingBehind() {
        IOException failure = assertThrows(IOException.class, () -> RealPostfix.start(new PostfixSetup()
                .masterCf("bogus     nosuchtype  -  -  n  -  -  smtpd")));
        assertTrue(failure.getMessage().contains("nosuchtype"), failure.getMessage());
        Matcher dir = Pattern.compile("/tmp/smtpsentry-pf-[0-9]+").matcher(failure.getMessage());
        assertTrue(dir.find(), failure.getMessage());
        assertFalse(Files.exists(Path.of(dir.group())), "the failed instance's directory is gone");
    }
}
