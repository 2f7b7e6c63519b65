package org.smtpsentry.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.smtpsentry.testkit.PostfixSetup;
import org.smtpsentry.testkit.RealPostfix;
import org.smtpsentry.testkit.SmtpClient;

/**
 * Records the raw logs behind src/test/resources/fixtures/syslog/postfix-3.7-recorded.log and
 * dovecot-2.3-recorded.log: drives a private real Postfix + Dovecot through every line type it can provoke here and
 * copies both logs to the directory named by {@code -Dsmtpsentry.record=DIR}. Only runs when asked:
 * <pre>./mvnw -B -o -q test -Dtest=RecordRealLogs -Dsmtpsentry.record=/tmp/recording</pre>
 * The copies are then annotated by hand ({@code # expect:} above each line) to become the fixtures.
 */
@Tag("e2e")
@EnabledIfSystemProperty(named = "smtpsentry.record", matches = ".+")
class RecordRealLogs {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void recordEveryLineTypeWeCanProvoke() throws IOException {
        Assumptions.assumeTrue(RealPostfix.available(), RealPostfix::unavailableReason);
        Path out = Files.createDirectories(Path.of(System.getProperty("smtpsentry.record")));
        PostfixSetup setup = new PostfixSetup()
                .user("honest@example.test", "S3cret!", "SHA512-CRYPT")
                .user("sales@example.test", "sales", "BLF-CRYPT")
                .smtps(true)
                .mainCf("smtpd_tls_loglevel", "1")
                .localSubmission(true)
                .configFile("senders", "honest@example.test honest@example.test\nsales@example.test sales@example.test\n")
                .listenerOption(PostfixSetup.Listener.SUBMISSION, "smtpd_sender_login_maps",
                        "texthash:${config_directory}/senders")
                .listenerOption(PostfixSetup.Listener.SUBMISSION, "smtpd_recipient_restrictions",
                        "reject_sender_login_mismatch,permit_sasl_authenticated,reject");
        try (RealPostfix postfix = RealPostfix.start(setup)) {
            drive(postfix);
            postfix.waitForQueueSettled(WAIT);
            Files.copy(postfix.logFile(), out.resolve("postfix.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(postfix.dovecotLog(), out.resolve("dovecot.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void drive(RealPostfix postfix) throws IOException {
        // an honest user on submission (STARTTLS, AUTH PLAIN): one local recipient (sent), one external (deferred)
        postfix.swaks().submission().from("127.0.0.7").authPlain("honest@example.test", "S3cret!")
                .mailFrom("honest@example.test").to("sales@example.test", "friend@far.test").expectSuccess();
        postfix.waitForLog("to=<friend@far.test>", WAIT);
        // a successful AUTH LOGIN on port 25 with no mail after it: only auth=1 in the disconnect line
        postfix.swaks().from("127.0.0.7").authLogin("honest@example.test", "S3cret!").quitAfter("AUTH")
                .expectSuccess();
        // implicit TLS (smtps), AUTH LOGIN and a message
        postfix.swaks().smtps().from("127.0.0.7").authLogin("honest@example.test", "S3cret!")
                .mailFrom("honest@example.test").to("mum@far.test").expectSuccess();
        // a wrong password and an unknown user
        postfix.swaks().from("127.0.0.5").authLogin("sales@example.test", "123456").expectFailure();
        postfix.swaks().from("127.0.0.5").authPlain("ghost@example.test", "123456").expectFailure();
        // a burst of wrong passwords from one IP: Dovecot's penalty outlasts Postfix's patience
        for (int i = 0; i < 6; i++) {
            postfix.swaks().from("127.0.0.9").authLogin("admin@example.test", "guess" + i).expectFailure();
        }
        // AUTH aborted: by hanging up inside AUTH, and by "*"
        try (SmtpClient bot = SmtpClient.connect("127.0.0.10", postfix.smtpPort())) {
            bot.command("EHLO bot.example.net");
            assertTrue(bot.command("AUTH LOGIN").startsWith("334"));
            bot.drop();
        }
        try (SmtpClient bot = SmtpClient.connect("127.0.0.10", postfix.smtpPort())) {
            bot.command("EHLO bot.example.net");
            assertTrue(bot.command("AUTH LOGIN").startsWith("334"));
            assertTrue(bot.command("*").startsWith("501"));
            bot.command("QUIT");
        }
        // a client that hangs up after EHLO
        try (SmtpClient scanner = SmtpClient.connect("127.0.0.10", postfix.smtpPort())) {
            scanner.command("EHLO scanner.example.net");
            scanner.drop();
        }
        // relay denied to an unauthenticated client; an unknown local recipient
        postfix.swaks().from("127.0.0.11").mailFrom("spam@spammer.test").to("victim@far.test").expectFailure();
        postfix.swaks().from("127.0.0.11").mailFrom("spam@spammer.test").to("nosuch@example.test").expectFailure();
        // inbound mail from another server, no AUTH, to a local recipient
        postfix.swaks().from("127.0.0.12").mailFrom("news@partner.test").to("honest@example.test").expectSuccess();
        // sender login mismatch on submission
        postfix.swaks().submission().from("127.0.0.6").authLogin("sales@example.test", "sales")
                .mailFrom("boss@example.test").to("friend@far.test").expectFailure();
        // the stolen account relaying with a forged sender on port 25 (no sender check there)
        postfix.swaks().from("127.0.0.6").authLogin("sales@example.test", "sales")
                .mailFrom("ceo@bank.test").to("a1@spamtarget1.test", "a2@spamtarget2.test", "a3@spamtarget3.test")
                .expectSuccess();
        // a local script through sendmail as a non-root user (pickup uid=), one recipient unknown (bounce)
        assertTrue(postfix.sendmail("nobody", "honest@example.test",
                "Subject: contact form\n\nhello from the web form\n", "sales@example.test", "nosuch@example.test")
                .succeeded());
        postfix.waitForLog("uid=65534", WAIT);
        postfix.waitForQueueSettled(WAIT);
        // a queue run: the deferred messages are tried again (qmgr repeats their from= lines)
        postfix.run("postqueue", "-f");
        postfix.waitForQueueSettled(WAIT);
        // the operator holds, then deletes the spam: postsuper lines, qmgr/postsuper "removed"
        String spamId = queueIdOf(postfix, "client=unknown[127.0.0.6], sasl_method=LOGIN, sasl_username=sales@example.test");
        postfix.run("postsuper", "-h", spamId);
        postfix.waitForLog(spamId + ": placed on hold", WAIT);
        postfix.run("postsuper", "-d", spamId);
        postfix.waitForLog(spamId + ": removed", WAIT);
        // the operator requeues the rest (postsuper -r: a line per message and a total; pickup takes them in again)
        postfix.run("postsuper", "-r", "ALL");
        postfix.waitForLog("Requeued:", WAIT);
        postfix.waitForQueueSettled(WAIT);
        // a reload: master, postfix-script and anvil's statistics lines
        postfix.run("postfix", "reload");
        postfix.waitForLog("statistics: max cache size", WAIT);
    }

    private static String queueIdOf(RealPostfix postfix, String text) {
        String line = postfix.waitForLog(text, WAIT);
        String message = line.substring(line.indexOf("]: ") + 3);
        return message.substring(0, message.indexOf(':'));
    }
}
