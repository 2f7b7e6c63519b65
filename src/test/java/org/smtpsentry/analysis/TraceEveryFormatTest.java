package org.smtpsentry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpsentry.cli.Main;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** trace on every format's version of the spam scenario: the same story, whatever the MTA. */
class TraceEveryFormatTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postfix", "exim", "sendmail", "icewarp", "exchange"})
    void aSpamMessageIsTracedToItsSessionLoginAndDeferrals(String mta) throws IOException {
        SpamScenario s = new SpamScenario();
        List<Path> logs = SpamScenarioTest.logs(s, mta, dir);
        SpamScenario.Message m = s.aSpamMessage();
        String id = switch (mta) {
            case "postfix" -> SpamScenario.postfixId(m);
            case "exim" -> SpamScenario.eximId(m);
            case "sendmail" -> SpamScenario.sendmailId(m);
            case "icewarp" -> SpamScenario.iceWarpId(m);
            default -> SpamScenario.exchangeId(m);
        };
        Map<String, Object> message = onlyMessage(trace(logs, id, "--session"));
        assertEquals(id, message.get("queueId"), mta);
        Map<String, Object> cameIn = map(message.get("cameIn"));
        assertEquals(m.ip(), cameIn.get("clientIp"), mta + ": client");
        assertEquals(SpamScenario.VICTIM, cameIn.get("login"), mta + ": login");
        assertEquals("LOGIN", cameIn.get("authMechanism"), mta + ": mechanism");
        assertEquals(true, cameIn.get("tls"), mta + ": TLS");
        assertEquals(m.sender(), message.get("mailFrom"), mta + ": MAIL FROM");
        assertEquals("not-the-login", message.get("senderMatchesLogin"), mta);
        assertEquals(m.recipients(), message.get("recipients"), mta + ": recipients");
        assertEquals(3, list(message.get("deliveries")).size(), mta + ": deliveries");
        Map<String, Object> now = map(message.get("now"));
        assertEquals("queued", now.get("state"), mta);
        assertEquals(3, ((Number) now.get("deferred")).intValue(), mta);
        assertTrue(!list(message.get("sessionLines")).isEmpty(), mta + ": session lines");

        if (!mta.equals("icewarp")) { // IceWarp logs no Message-ID: its MsgID is the queue id
            Map<String, Object> byMessageId = onlyMessage(trace(logs, "<" + SpamScenario.messageId(m) + ">"));
            assertEquals(id, byMessageId.get("queueId"), mta + ": by Message-ID");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postfix", "exim", "sendmail", "icewarp", "exchange"})
    void anAccountListsItsFailuresAndMessages(String mta) throws IOException {
        List<Path> logs = SpamScenarioTest.logs(new SpamScenario(), mta, dir);
        Map<String, Object> json = trace(logs, null, "--user", SpamScenario.VICTIM);
        List<Object> auth = list(json.get("auth"));
        long failed = auth.stream().filter(a -> "failed".equals(map(a).get("result"))).count();
        assertEquals(10, failed, mta + ": failed AUTH against the account");
        List<Object> messages = list(json.get("messages"));
        assertEquals(46, messages.size(), mta + ": messages sent under the account");
        assertEquals(SpamScenario.ATTACKER, map(messages.get(0)).get("clientIp"), mta + ": first message");
        assertEquals("the-login", map(messages.get(0)).get("senderMatchesLogin"), mta);
    }

    @Test
    void anUnknownIdIsNotFound() throws IOException {
        List<Path> logs = SpamScenarioTest.logs(new SpamScenario(), "postfix", dir);
        List<String> args = new ArrayList<>(List.of("trace", "--timezone", "UTC", "NOSUCHID"));
        logs.forEach(l -> args.add(l.toString()));
        StringWriter out = new StringWriter();
        assertEquals(1, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new)));
        assertTrue(out.toString().startsWith("No message NOSUCHID"), out.toString());
    }

    static Map<String, Object> trace(List<Path> logs, String id, String... options) {
        List<String> args = new ArrayList<>(List.of("trace", "--json", "--timezone", "UTC"));
        args.addAll(List.of(options));
        if (id != null) {
            args.add(id);
        }
        logs.forEach(l -> args.add(l.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, status, "trace found it; stderr: " + err + " stdout: " + out);
        return map(new Load(LoadSettings.builder().build()).loadFromString(out.toString()));
    }

    static Map<String, Object> onlyMessage(Map<String, Object> json) {
        List<Object> messages = list(json.get("messages"));
        assertEquals(1, messages.size(), "messages found: " + messages);
        return map(messages.get(0));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }
}
