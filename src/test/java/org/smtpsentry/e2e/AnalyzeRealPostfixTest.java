package org.smtpsentry.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smtpsentry.cli.Main;
import org.smtpsentry.testkit.Json;
import org.smtpsentry.testkit.PostfixSetup;
import org.smtpsentry.testkit.RealPostfix;

/**
 * {@code smtpsentry analyze} on the logs of a real Postfix + Dovecot that went through a small incident, driven with
 * swaks: an honest user sends a few messages; 127.0.0.5 guesses passwords until the weak sales@example.test lets it
 * in; the stolen account then relays a spam run with forged senders to made-up domains from two other IPs (it
 * defers: the relayhost is a closed port). The report must name the account and the IP, and not the honest user.
 */
@Tag("e2e")
class AnalyzeRealPostfixTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String HONEST = "honest@example.test";
    private static final String SALES = "sales@example.test";

    private static RealPostfix postfix;
    private static Map<String, Object> report;
    private static int exitStatus;

    @BeforeAll
    static void incident() throws IOException {
        Assumptions.assumeTrue(RealPostfix.available(), RealPostfix::unavailableReason);
        postfix = RealPostfix.start(new PostfixSetup()
                .user(HONEST, "Correct-Horse-7", "SHA512-CRYPT")
                .user(SALES, "sales", "BLF-CRYPT")
                .mailbox("team@example.test")
                .authPenalty(false));

        honestUser();
        bruteForceThatFindsThePassword();
        spamRun("127.0.0.6", 0);
        spamRun("127.0.0.8", 1);
        postfix.waitForQueueSettled(WAIT);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        exitStatus = Main.run(new PrintWriter(out), new PrintWriter(err), "analyze", "--json",
                "--local-domain", "example.test", postfix.logFile().toString(), postfix.dovecotLog().toString());
        assertTrue(err.toString().isBlank(), "analyze wrote to stderr: " + err);
        report = Json.object(Json.parse(out.toString()));
    }

    @AfterAll
    static void stop() {
        if (postfix != null) {
            postfix.close();
        }
    }

    /** Five ordinary messages from the user's usual address, MAIL FROM its own login. */
    private static void honestUser() {
        for (int i = 0; i < 5; i++) {
            postfix.swaks().from("127.0.0.7").authLogin(HONEST, "Correct-Horse-7").mailFrom(HONEST)
                    .to("team@example.test", "customer" + i + "@partner.test").expectSuccess();
        }
    }

    /** 15 wrong guesses over five names, then the weak password works and a test message goes out. */
    private static void bruteForceThatFindsThePassword() {
        List<String> names = List.of("admin@example.test", "info@example.test", SALES, "test@example.test",
                "postmaster@example.test");
        for (int i = 0; i < 15; i++) {
            postfix.swaks().from("127.0.0.5").authLogin(names.get(i % names.size()), "Passw0rd" + i).expectFailure();
        }
        postfix.swaks().from("127.0.0.5").authLogin(SALES, "sales").mailFrom(SALES).to("check@dropbox.test")
                .expectSuccess();
    }

    /** 15 messages with 10 recipients each at made-up domains, every one with a forged MAIL FROM. */
    private static void spamRun(String ip, int run) {
        for (int m = 0; m < 15; m++) {
            List<String> recipients = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                recipients.add("victim" + r + "@made-up-" + run + "-" + m + ".test");
            }
            postfix.swaks().from(ip).authLogin(SALES, "sales").mailFrom("billing" + m + "@bank-" + run + ".test")
                    .to(recipients.toArray(String[]::new)).expectSuccess();
        }
    }

    @Test
    void exitStatusSaysSomethingWasFound() {
        assertEquals(1, exitStatus);
    }

    @Test
    void namesTheStolenAccountWithItsSpamFigures() {
        Map<String, Object> sales = only(Json.objects(report.get("compromisedAccounts")), "login", SALES);
        assertTrue(number(sales, "externalRecipients") >= 300, sales.toString());
        assertTrue(number(sales, "forgedSender") >= 30, sales.toString());
        assertTrue(number(sales, "undeliverable") >= 300, sales.toString());
        List<String> ips = Json.objects(sales.get("ips")).stream().map(ip -> (String) ip.get("ip")).toList();
        assertTrue(ips.containsAll(List.of("127.0.0.6", "127.0.0.8")), ips.toString());
    }

    @Test
    void namesTheBruteForceIpThatFoundThePassword() {
        Map<String, Object> attacker = only(Json.objects(report.get("attackingIps")), "ip", "127.0.0.5");
        assertEquals("brute-force", attacker.get("attack"));
        assertEquals(Boolean.TRUE, attacker.get("credentialsFound"), attacker.toString());
        assertTrue(number(attacker, "attempts") >= 15, attacker.toString());
        assertTrue(number(attacker, "distinctUsers") >= 5, attacker.toString());
        assertTrue(((List<?>) attacker.get("loginsAfter")).contains(SALES), attacker.toString());
    }

    @Test
    void leavesTheHonestUserAndItsAddressAlone() {
        for (Map<String, Object> account : Json.objects(report.get("compromisedAccounts"))) {
            assertTrue(!HONEST.equals(account.get("login")), "honest user flagged: " + account);
        }
        for (Map<String, Object> ip : Json.objects(report.get("attackingIps"))) {
            assertTrue(!"127.0.0.7".equals(ip.get("ip")), "honest user's address flagged: " + ip);
        }
        assertEquals(1, Json.objects(report.get("compromisedAccounts")).size(), report.toString());
    }

    private static Map<String, Object> only(List<Map<String, Object>> objects, String key, String value) {
        List<Map<String, Object>> matching = objects.stream().filter(o -> value.equals(o.get(key))).toList();
        assertEquals(1, matching.size(), key + "=" + value + " expected once in " + objects);
        return matching.get(0);
    }

    private static long number(Map<String, Object> object, String key) {
        return ((BigDecimal) object.get(key)).longValueExact();
    }
}
