package org.smtpsentry.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.cli.Main;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.testkit.PostfixSetup;
import org.smtpsentry.testkit.RealPostfix;

/**
 * A real private Postfix on loopback: a spam run (one stolen login, forged senders, a body marker) fills the deferred
 * queue among genuine mail; purges by login, by forged sender and by body text remove exactly the spam into an
 * archive; a restore puts chosen messages back with their original envelope.
 */
@Tag("e2e")
class PostfixQueueEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String STOLEN = "victim@example.test";
    private static final String HONEST = "honest@example.test";
    private static RealPostfix postfix;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(RealPostfix.available(), RealPostfix::unavailableReason);
        postfix = RealPostfix.start(new PostfixSetup()
                .user(STOLEN, "Summer2024", "SHA512-CRYPT")
                .user(HONEST, "S3cret!", "SHA512-CRYPT")
                .authPenalty(false)
                .mainCf("queue_run_delay", "3600s")
                .mainCf("minimal_backoff_time", "3600s")
                .mainCf("maximal_backoff_time", "7200s"));
        for (int i = 0; i < 4; i++) {
            postfix.swaks().from("127.0.0.7").authLogin(HONEST, "S3cret!").mailFrom(HONEST)
                    .to("partner" + i + "@far.test")
                    .data("From: " + HONEST + "\nSubject: minutes " + i + "\n\nthe meeting notes, part " + i + "\n")
                    .expectSuccess();
        }
        assertTrue(postfix.sendmail("root", "www@example.test", "Subject: order 17\n\nyour order is on its way\n",
                "client@far.test").succeeded());
        postfix.waitForQueueSettled(WAIT);
    }

    @AfterAll
    static void stop() throws IOException {
        if (postfix != null) {
            postfix.close();
        }
    }

    @Test
    void purgesExactlyTheSpamByLoginSenderAndTextAndRestoresChosenMessages() throws IOException {
        Set<String> genuine = ids(queue());
        assertEquals(5, genuine.size(), "genuine messages deferred");

        // 1: purge by the stolen login
        Set<String> spam = spamRun("wave1", 6);
        Path archive1 = purge("--login", STOLEN);
        assertEquals(genuine, ids(queue()), "exactly the spam is gone");
        assertArchiveHolds(archive1, spam);

        // 2: purge by forged sender
        spam = spamRun("wave2", 5);
        purge("--sender", "*@forged-*.test");
        assertEquals(genuine, ids(queue()));

        // 3: purge by body text (the seeds' cleanqueue STRING)
        spam = spamRun("wave3", 5);
        Path archive3 = purge("--contains", "cheap-pills-7731");
        assertEquals(genuine, ids(queue()));
        assertArchiveHolds(archive3, spam);

        // 4: purge the account that analyze flagged in Postfix's own log (--from-finding); analyze exits 1: findings
        spam = spamRun("wave4", 6);
        Path finding = scratch.resolve("finding.json");
        Files.writeString(finding, cli(1, "analyze", postfix.logFile().toString(), "--json", "--max-recipients", "5",
                "--local-domain", "example.test"));
        Path archive4 = purge("--from-finding", finding.toString());
        assertEquals(genuine, ids(queue()), "analyze flags the stolen login only: " + Files.readString(finding));
        assertArchiveHolds(archive4, spam);

        // restore two chosen messages of the first archive: back in the queue with their original envelope
        List<QuarantineArchive.Item> items;
        try (QuarantineArchive a = QuarantineArchive.open(archive1)) {
            items = a.items().subList(0, 2);
        }
        List<String> args = new ArrayList<>(List.of("queue", "restore", "-c", postfix.configDir().toString(),
                archive1.toString(), "--yes"));
        items.forEach(i -> args.add(i.envelope().id().value()));
        String out = cli(0, args.toArray(String[]::new));
        assertTrue(out.contains("restored: 2 messages"), out);
        postfix.waitForQueueSettled(WAIT);
        List<QueuedMessage> after = queue();
        assertEquals(genuine.size() + 2, after.size());
        for (QuarantineArchive.Item item : items) {
            QueuedMessage original = item.envelope();
            assertTrue(after.stream().anyMatch(m -> !genuine.contains(m.id().value())
                    && m.sender().equals(original.sender())
                    && Set.copyOf(m.recipients()).equals(Set.copyOf(original.recipients()))
                    && m.subject().equals(original.subject())), "restored with its envelope: " + original);
        }
    }

    @Test
    void listAndStatsSeeLoginClientAndLocalSubmission() {
        String json = cli(0, "queue", "list", "-c", postfix.configDir().toString(), "--login", HONEST, "--json");
        assertTrue(json.contains("\"count\": 4"), json);
        assertTrue(json.contains("\"client\": \"127.0.0.7\""), json);
        String local = cli(0, "queue", "list", "-c", postfix.configDir().toString(), "--local-user", "0");
        assertTrue(local.contains("order 17"), local);
        String stats = cli(0, "queue", "stats", "-c", postfix.configDir().toString());
        assertTrue(stats.contains(HONEST) && stats.contains("far.test"), stats);
        String dry = cli(0, "queue", "hold", "-c", postfix.configDir().toString(), "--login", HONEST);
        assertTrue(dry.contains("4 messages selected") && dry.contains("dry run: nothing changed"), dry);
        String c = postfix.configDir().toString();
        String held = cli(0, "queue", "hold", "-c", c, "--login", HONEST, "--subject", "minutes 1", "--yes");
        assertTrue(held.contains("placed on hold: 1 messages"), held);
        String again = cli(0, "queue", "hold", "-c", c, "--login", HONEST, "--subject", "minutes 1", "--yes");
        assertTrue(again.contains("1 of them already on hold"), again);
        assertTrue(cli(0, "queue", "list", "-c", c, "--queue", "hold", "--json").contains("\"subject\": \"minutes 1\""));
        String released = cli(0, "queue", "release", "-c", c, "--queue", "hold", "--yes");
        assertTrue(released.contains("released: 1 messages"), released);
        assertTrue(cli(0, "queue", "list", "-c", c, "--queue", "hold", "--json").contains("\"count\": 0"));
    }

    /** A live queue: a message removed by someone else between selection and purge is reported, not an error. */
    @Test
    void aMessageRemovedMeanwhileIsReportedAsGone() throws IOException {
        Set<String> spam = spamRun("live", 3);
        MailQueue q = QueueFinder.open(QueueKind.POSTFIX, null, postfix.configDir());
        List<SelectedMessage> selected = Selector.select(q, new Selection.Builder().sender("*@forged-live.test").build(),
                Instant.now());
        assertEquals(spam, ids(selected.stream().map(SelectedMessage::message).toList()));
        String removed = selected.get(0).message().id().value();
        assertTrue(postfix.run("postsuper", "-d", removed).succeeded());
        Path archive = Files.createTempDirectory(scratch, "live-").resolve("purge.zip");
        Purge.Result result = Purge.run(q, selected, archive, "--sender *@forged-live.test", Instant.now());
        assertEquals(List.of(new org.smtpsentry.event.QueueId(removed)), result.goneBefore());
        assertEquals(2, result.archived());
        assertEquals(2, result.deletion().done().size());
        assertTrue(ids(queue()).stream().noneMatch(spam::contains));
    }

    /** A stolen login sends {@code n} messages with forged senders and the spam marker, to many recipients. */
    private static Set<String> spamRun(String wave, int n) {
        Set<String> before = ids(queue());
        for (int i = 0; i < n; i++) {
            String forged = "sales" + i + "@forged-" + wave + ".test";
            postfix.swaks().from("127.0.0.9").authLogin(STOLEN, "Summer2024").mailFrom(forged)
                    .to("a" + i + "@victims.test", "b" + i + "@victims2.test")
                    .data("From: " + forged + "\nSubject: you won " + wave + "\n\nBuy CHEAP-PILLS-7731 now\n")
                    .expectSuccess();
        }
        postfix.waitForQueueSettled(WAIT);
        Set<String> spam = ids(queue());
        spam.removeAll(before);
        assertEquals(n, spam.size(), "spam deferred");
        return spam;
    }

    private static Path purge(String... filter) throws IOException {
        Path dir = Files.createTempDirectory(scratch, "quarantine-");
        List<String> args = new ArrayList<>(List.of("queue", "purge", "-c", postfix.configDir().toString(),
                "--quarantine-dir", dir.toString(), "--yes"));
        args.addAll(List.of(filter));
        String out = cli(0, args.toArray(String[]::new));
        assertTrue(out.contains("deleted:"), out);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow(() ->
                    new AssertionError("no archive: " + out));
        }
    }

    private static void assertArchiveHolds(Path archive, Set<String> spam) {
        try (QuarantineArchive a = QuarantineArchive.open(archive)) {
            assertEquals(spam, a.items().stream().map(i -> i.envelope().id().value()).collect(Collectors.toSet()));
            for (QuarantineArchive.Item item : a.items()) {
                assertEquals(STOLEN, item.envelope().login());
                assertTrue(new String(a.message(item).content()).contains("CHEAP-PILLS-7731"));
                assertTrue(item.envelope().recipients().stream().map(Mailbox::domain).anyMatch("victims.test"::equals));
            }
        }
    }

    private static List<QueuedMessage> queue() {
        MailQueue q = QueueFinder.open(QueueKind.POSTFIX, null, postfix.configDir());
        return Selector.select(q, Selection.EVERYTHING, Instant.now()).stream().map(SelectedMessage::message).toList();
    }

    private static Set<String> ids(List<QueuedMessage> messages) {
        return messages.stream().map(m -> m.id().value()).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    static String cli(int status, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int got = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(status, got, "exit status of " + String.join(" ", args) + "\n" + out + err);
        return out.toString();
    }
}
