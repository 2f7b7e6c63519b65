package org.smtpsentry.queue.exim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueuedMessage;
import org.smtpsentry.testkit.RealExim;

/**
 * Spool files written by a real Exim 4.96 (Debian 12's exim4-daemon-light, run by {@link RealExim}): recorded ones
 * under src/test/resources/queue/exim-real, read without Exim, and the same messages made afresh by the real Exim
 * when the machine can run it. Running the e2e test with {@code -Dsmtpsentry.recordExim} re-records the fixtures (then
 * regenerate queue/golden/exim-real-list.json: the ids change).
 *
 * <p>What the real files show that the hand-written ones (queue/exim) do not: values that came from outside carry
 * Exim's taint mark, a second '-' ("--auth_id", "--host_address", "--aclc"); the client is "[address]:port"; a
 * local submission has no "-local" line, and without -f its "-auth_id" is the caller's Unix login.
 */
class RealEximSpoolTest {
    private static final Path RECORDED = Path.of("src/test/resources/queue/exim-real");

    @Test
    void readsTheSpoolFilesRecordedFromARealExim() throws IOException {
        assertReadRight(EximQueue.open(RECORDED));
        String spam = Files.readString(RECORDED.resolve("input").resolve(bySubject(EximQueue.open(RECORDED))
                .get("you won").id().value() + "-H"));
        assertTrue(spam.contains("\n--auth_id victim@example.test\n") && spam.contains("\n--host_address [127.0.0.9]:"),
                "the fixture is a real Exim 4.96 file: " + spam);
    }

    @Test
    @Tag("e2e")
    void readsWhatARealEximWritesNow() throws IOException {
        Assumptions.assumeTrue(RealExim.available(), RealExim::unavailableReason);
        try (RealExim exim = RealExim.start()) {
            exim.submit("127.0.0.9", "sales1@forged-rec.test", "victim@example.test",
                    List.of("a@victims.test", "b@victims2.test"), "From: sales1@forged-rec.test\nSubject: you won\n"
                            + "X-Mailer: MassMailer 9\n\nBuy CHEAP-PILLS-7731 now\n.dot at the start\nbye\n");
            exim.submit("127.0.0.7", "honest@example.test", "honest@example.test",
                    List.of("colleague@example.test", "boss@example.test", "partner@far.test", "team@example.test"),
                    "From: honest@example.test\n"
                            + "Subject: minutes\nX-Long: a header folded\n\tover two lines\n\nthe meeting notes\n");
            exim.submit("2001:db8::7", "honest@example.test", "honest@example.test", List.of("friend@far.test"),
                    "Subject: ipv6 hello\n\nfrom a v6 client\n");
            exim.smtpSession("127.0.0.9", "victim@example.test", List.of(
                    "MAIL FROM:<sales2@forged-rec.test> RET=HDRS ENVID=wave-7 AUTH=<victim@example.test>",
                    "RCPT TO:<c@victims.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;C@victims.test",
                    "RCPT TO:<d@victims2.test>", "DATA", "Subject: delivery report wanted", "", "CHEAP-PILLS-7731",
                    "."));
            String order = exim.submit("www@example.test", null, List.of("client@far.test"),
                    "Subject: order 17\n\nyour order is on its way\n");
            assertTrue(exim.run("-Mf", order).succeeded());
            // no -f: Exim makes the sender root@example.test and sets auth_id to "root"
            assertTrue(exim.run(("Subject: cron report\n\nall fine\n").getBytes(StandardCharsets.UTF_8), "-odq",
                    "--", "admin@far.test").succeeded());
            assertTrue(exim.attemptDelivery().succeeded());
            assertTrue(Files.readString(exim.mailbox()).contains("the meeting notes"), "delivered locally");

            assertReadRight(EximQueue.open(exim.spoolDir(), exim.program().toString(), exim.configFile()));
            if (System.getProperty("smtpsentry.recordExim") != null) {
                record(exim.spoolDir().resolve("input"), RECORDED.resolve("input"));
                record(exim.spoolDir().resolve("msglog"), RECORDED.resolve("msglog"));
            }
        }
    }

    @Test
    @Tag("e2e")
    void readsAndChangesASplitSpool() throws IOException {
        Assumptions.assumeTrue(RealExim.available(), RealExim::unavailableReason);
        try (RealExim exim = RealExim.start("split_spool_directory = true")) {
            String spam = exim.submit("sales@forged.test", "victim@example.test", List.of("a@victims.test"),
                    "Subject: you won\n\nBuy CHEAP-PILLS-7731 now\n");
            String genuine = exim.submit("honest@example.test", "honest@example.test", List.of("b@far.test"),
                    "Subject: minutes\n\nnotes\n");
            assertTrue(exim.attemptDelivery().succeeded());
            String sub = spam.substring(5, 6);
            assertTrue(Files.isRegularFile(exim.spoolDir().resolve("input/" + sub + "/" + spam + "-H")),
                    "a split spool: input/" + sub + "/");
            EximQueue queue = EximQueue.open(null, exim.program().toString(), exim.configFile());
            Map<String, QueuedMessage> m = bySubject(queue);
            assertEquals("victim@example.test", m.get("you won").login());
            assertEquals("(111): Connection refused", m.get("you won").reason(), "msglog/" + sub + "/" + spam);
            assertEquals(List.of(new QueueId(spam)),
                    queue.delete(List.of(m.get("you won").id())).done());
            assertEquals(Set.of(genuine), exim.queueIds());
            assertEquals(Set.of(genuine),
                    queue.entries().stream().map(e -> e.id().value()).collect(Collectors.toSet()));
        }
    }

    /** The six messages as smtpsentry must read them, made by the same steps live or recorded. */
    private static void assertReadRight(EximQueue queue) {
        Map<String, QueuedMessage> m = bySubject(queue);
        assertEquals(List.of("cron report", "delivery report wanted", "ipv6 hello", "minutes", "order 17", "you won"),
                m.keySet().stream().sorted().toList());

        QueuedMessage spam = m.get("you won");
        assertEquals(Mailbox.of("sales1@forged-rec.test"), spam.sender());
        assertEquals("victim@example.test", spam.login());
        assertEquals("127.0.0.9", spam.client());
        assertEquals("", spam.localUser());
        assertEquals("input", spam.queue());
        assertEquals("(111): Connection refused", spam.reason(), "the deferral, from the message log");
        assertEquals(List.of(Mailbox.of("a@victims.test"), Mailbox.of("b@victims2.test")), spam.recipients());
        QueueEntry.Loaded loaded = queue.entry(spam.id()).orElseThrow().load(true).orElseThrow();
        String text = new String(loaded.content().bytes(), StandardCharsets.UTF_8);
        assertFalse(text.contains("X-Mailer"), "the header the DATA ACL removed is not part of the message: " + text);
        assertTrue(text.contains("\nX-Scanned: by the smtpsentry test instance\n"), text);
        assertTrue(text.contains("with esmtpa (Exim 4.96)"), text);
        assertTrue(text.endsWith("\n\nBuy CHEAP-PILLS-7731 now\n.dot at the start\nbye\n"), text);
        assertFalse(text.contains("\r"), text);
        assertEquals(text.length(), spam.size());
        assertTrue(loaded.content().contains("cheap-pills-7731"));

        QueuedMessage dsn = m.get("delivery report wanted");
        assertEquals(List.of(Mailbox.of("c@victims.test"), Mailbox.of("d@victims2.test")), dsn.recipients(),
                "a recipient line with its DSN fields: \"c@victims.test rfc822;C@victims.test 21,12  0,-1#3\"");
        assertEquals("victim@example.test", dsn.login());
        assertEquals(Mailbox.of("sales2@forged-rec.test"), dsn.sender());

        QueuedMessage minutes = m.get("minutes");
        assertEquals(List.of(Mailbox.of("partner@far.test")), minutes.recipients(),
                "the three of example.test delivered");
        assertEquals("honest@example.test", minutes.login());
        assertEquals("127.0.0.7", minutes.client());

        assertEquals("2001:db8::7", m.get("ipv6 hello").client());

        QueuedMessage order = m.get("order 17");
        assertEquals("frozen", order.queue());
        assertEquals("frozen", order.reason());
        assertEquals(Mailbox.of("www@example.test"), order.sender());
        assertEquals("root", order.localUser());
        assertEquals("", order.login());
        assertEquals("", order.client());

        QueuedMessage cron = m.get("cron report");
        assertEquals(Mailbox.of("root@example.test"), cron.sender());
        assertEquals("root", cron.localUser());
        assertEquals("", cron.login(), "Exim's auth_id of a local submission is a Unix login, not a SASL one");
        assertEquals("input", cron.queue());
    }

    private static Map<String, QueuedMessage> bySubject(EximQueue queue) {
        return queue.entries().stream().map(e -> e.load(false).orElseThrow().message())
                .collect(Collectors.toMap(QueuedMessage::subject, Function.identity()));
    }

    private static void record(Path from, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> old = Files.list(target)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, target.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
