package org.smtpsentry.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
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
 * {@code smtpsentry trace} on the live log of a real Postfix: a stolen account sends one message with a forged
 * sender to a made-up domain (it defers: the relayhost is a closed port) and one to a local mailbox. trace --user
 * lists it; trace of its queue id tells the session, the login, the forged MAIL FROM and the deferral.
 */
@Tag("e2e")
class TraceRealPostfixTest {
    private static final String SALES = "sales@example.test";

    private static RealPostfix postfix;

    @BeforeAll
    static void send() throws java.io.IOException {
        Assumptions.assumeTrue(RealPostfix.available(), RealPostfix::unavailableReason);
        postfix = RealPostfix.start(new PostfixSetup().user(SALES, "Sales-Pass-1", "SHA512-CRYPT")
                .mailbox("team@example.test").authPenalty(false));
        postfix.swaks().from("127.0.0.6").authLogin(SALES, "Sales-Pass-1").mailFrom("billing@bank.test")
                .to("victim@made-up.test", "team@example.test").expectSuccess();
        postfix.waitForQueueSettled(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (postfix != null) {
            postfix.close();
        }
    }

    private static Map<String, Object> run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, status, "stderr: " + err + " stdout: " + out);
        return Json.object(Json.parse(out.toString()));
    }

    @Test
    void theAccountsMessageIsTracedToItsSessionAndDeferral() {
        String log = postfix.logFile().toString();
        List<Map<String, Object>> sent = Json.objects(run("trace", "--json", "--user", SALES, log).get("messages"));
        assertEquals(1, sent.size(), sent.toString());
        String queueId = (String) sent.get(0).get("queueId");

        Map<String, Object> trace = run("trace", "--json", "--session", queueId, log);
        List<Map<String, Object>> messages = Json.objects(trace.get("messages"));
        assertEquals(1, messages.size());
        Map<String, Object> m = messages.get(0);
        Map<String, Object> cameIn = Json.object(m.get("cameIn"));
        assertEquals("127.0.0.6", cameIn.get("clientIp"));
        assertEquals(SALES, cameIn.get("login"));
        assertEquals("billing@bank.test", m.get("mailFrom"));
        assertEquals("not-the-login", m.get("senderMatchesLogin"));
        Map<String, Object> now = Json.object(m.get("now"));
        assertEquals("queued", now.get("state"), m.toString());
        assertTrue(!Json.objects(m.get("sessionLines")).isEmpty(), m.toString());
    }
}
