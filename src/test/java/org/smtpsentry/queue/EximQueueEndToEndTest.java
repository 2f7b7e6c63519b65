package org.smtpsentry.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.testkit.RealExim;

/**
 * A real private Exim (Debian 12's exim4, unpacked, never installed): genuine mail and a spam run (one stolen login
 * over SMTP AUTH, forged senders, a body marker) sit deferred in its spool; {@code smtpsentry queue} lists and counts
 * them right, purges by login, by forged sender, by body text and by what {@code analyze} found in Exim's own mainlog
 * remove exactly the spam through {@code exim -Mrm} into an archive, a restore puts chosen messages back with their envelope, hold and release freeze and thaw.
 */
@Tag("e2e")
class EximQueueEndToEndTest {
    private static final String STOLEN = "victim@example.test";
    private static final String HONEST = "honest@example.test";
    private static RealExim exim;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(RealExim.available(), RealExim::unavailableReason);
        exim = RealExim.start();
        for (int i = 0; i < 4; i++) {
            exim.submit("127.0.0.7", HONEST, HONEST, List.of("partner" + i + "@far.test"),
                    "From: " + HONEST + "\nSubject: minutes " + i + "\n\nthe meeting notes, part " + i + "\n");
        }
        exim.submit("www@example.test", null, List.of("client@far.test"),
                "Subject: order 17\n\nyour order is on its way\n");
        assertTrue(exim.attemptDelivery().succeeded());
        assertTrue(Files.readString(exim.mainLog()).contains("Connection refused"), "deferred, not delivered");
    }

    @AfterAll
    static void stop() throws IOException {
        if (exim != null) {
            exim.close();
        }
    }

    @Test
    void purgesExactlyTheSpamByLoginSenderAndTextAndRestoresChosenMessages() throws IOException {
        Set<String> genuine = exim.queueIds();
        assertEquals(5, genuine.size(), "genuine messages queued");
        assertEquals(genuine, ids(queue()));

        // 1: purge by the stolen login
        Set<String> spam = spamRun("wave1", 6);
        Path archive1 = purge("--login", STOLEN);
        assertEquals(genuine, exim.queueIds(), "exactly the spam is gone");
        assertArchiveHolds(archive1, spam);

        // 2: purge by forged sender
        spam = spamRun("wave2", 5);
        Path archive2 = purge("--sender", "*@forged-wave2.test");
        assertEquals(genuine, exim.queueIds());
        assertArchiveHolds(archive2, spam);

        // 3: purge by body text (the seeds' cleanqueue STRING)
        spam = spamRun("wave3", 5);
        Path archive3 = purge("--contains", "cheap-pills-7731");
        assertEquals(genuine, exim.queueIds());
        assertArchiveHolds(archive3, spam);
        assertTrue(Files.readString(exim.mainLog()).contains("removed by root"), "removed by exim -Mrm");

        // 4: purge the account that analyze flagged in this Exim's own mainlog (--from-finding); analyze exits 1
        spam = spamRun("wave4", 6);
        Path finding = scratch.resolve("finding.json");
        Files.writeString(finding, PostfixQueueEndToEndTest.cli(1, "analyze", exim.mainLog().toString(), "--json",
                "--max-recipients", "5", "--local-domain", "example.test"));
        Path archive4 = purge("--from-finding", finding.toString());
        assertEquals(genuine, exim.queueIds(), "analyze flags the stolen login only: " + Files.readString(finding));
        assertArchiveHolds(archive4, spam);

        // restore two chosen messages of the first archive: back in the queue with their original envelope
        List<QuarantineArchive.Item> items;
        try (QuarantineArchive a = QuarantineArchive.open(archive1)) {
            items = a.items().subList(0, 2);
        }
        List<String> args = new ArrayList<>(eximArgs("queue", "restore"));
        args.addAll(List.of(archive1.toString(), "--yes"));
        items.forEach(i -> args.add(i.envelope().id().value()));
        String out = PostfixQueueEndToEndTest.cli(0, args.toArray(String[]::new));
        assertTrue(out.contains("restored: 2 messages"), out);
        List<QueuedMessage> after = queue();
        assertEquals(genuine.size() + 2, after.size());
        for (QuarantineArchive.Item item : items) {
            QueuedMessage original = item.envelope();
            assertTrue(after.stream().anyMatch(m -> !genuine.contains(m.id().value())
                    && m.sender().equals(original.sender())
                    && Set.copyOf(m.recipients()).equals(Set.copyOf(original.recipients()))
                    && m.subject().equals(original.subject())), "restored with its envelope: " + original);
        }
        // clean up for the other tests of the class
        purge("--contains", "cheap-pills-7731");
        assertEquals(genuine, exim.queueIds());
    }

    @Test
    void listAndStatsSeeLoginClientAndLocalSubmission() {
        String json = cli("queue", "list", "--login", HONEST, "--json");
        assertTrue(json.contains("\"count\": 4"), json);
        assertTrue(json.contains("\"client\": \"127.0.0.7\""), json);
        String local = cli("queue", "list", "--local-user", "root");
        assertTrue(local.contains("order 17"), local);
        String stats = cli("queue", "stats");
        assertTrue(stats.contains(HONEST) && stats.contains("far.test"), stats);
        String id = queue().stream().filter(m -> m.subject().equals("minutes 2")).findFirst().orElseThrow().id()
                .value();
        String shown = cli("queue", "show", id);
        assertTrue(shown.contains("login:      " + HONEST) && shown.contains("client:     127.0.0.7")
                && shown.contains("reason:     (111): Connection refused") && shown.contains("with esmtpa (Exim 4.96)")
                && shown.endsWith("\n\nthe meeting notes, part 2\n"),
                shown);
        String statsJson = cli("queue", "stats", "--json");
        assertTrue(statsJson.contains("\"messages\": 5,"), statsJson);
    }

    @Test
    void holdAndReleaseFreezeAndThaw() throws IOException {
        String dry = cli("queue", "hold", "--login", HONEST);
        assertTrue(dry.contains("4 messages selected") && dry.contains("dry run: nothing changed"), dry);
        String held = cli("queue", "hold", "--login", HONEST, "--subject", "minutes 1", "--yes");
        assertTrue(held.contains("placed on hold: 1 messages"), held);
        String id = frozenIds().iterator().next();
        assertTrue(Files.readString(exim.spoolDir().resolve("input/" + id + "-H")).contains("\n-frozen "),
                "frozen by exim -Mf");
        String again = cli("queue", "hold", "--login", HONEST, "--subject", "minutes 1", "--yes");
        assertTrue(again.contains("1 of them already on hold"), again);
        assertTrue(cli("queue", "list", "--queue", "frozen", "--json").contains("\"subject\": \"minutes 1\""));
        assertTrue(exim.run("-bp").stdoutText().contains("*** frozen ***"), "Exim itself sees it frozen");
        String released = cli("queue", "release", "--queue", "frozen", "--yes");
        assertTrue(released.contains("released: 1 messages"), released);
        assertTrue(frozenIds().isEmpty());
    }

    /** A live queue: a message Exim removed between selection and purge is reported as gone, not as removed. */
    @Test
    void aMessageRemovedMeanwhileIsReportedAsGone() throws IOException {
        Set<String> spam = spamRun("live", 3);
        MailQueue q = QueueFinder.open(null, null, null, exim.program().toString(), exim.configFile());
        List<SelectedMessage> selected = Selector.select(q, new Selection.Builder().sender("*@forged-live.test")
                .build(), Instant.now());
        assertEquals(spam, ids(selected.stream().map(SelectedMessage::message).toList()));
        QueueId removed = selected.get(0).message().id();
        assertTrue(exim.run("-Mrm", removed.value()).succeeded());
        assertEquals(List.of(), q.delete(List.of(removed)).done(), "Exim's 'has been removed or did not exist'");
        assertEquals(List.of(removed), q.hold(List.of(removed)).gone(), "Exim's 'Spool data file ... does not exist'");
        assertEquals(List.of(removed), q.release(List.of(removed)).gone());
        Path archive = Files.createTempDirectory(scratch, "live-").resolve("purge.zip");
        Purge.Result result = Purge.run(q, selected, archive, "--sender *@forged-live.test", Instant.now());
        assertEquals(List.of(removed), result.goneBefore());
        assertEquals(2, result.archived());
        assertEquals(2, result.deletion().done().size());
        assertTrue(exim.queueIds().stream().noneMatch(spam::contains));
    }

    /** A stolen login sends {@code n} messages with forged senders and the spam marker, to many recipients. */
    private static Set<String> spamRun(String wave, int n) {
        Set<String> before = exim.queueIds();
        for (int i = 0; i < n; i++) {
            String forged = "sales" + i + "@forged-" + wave + ".test";
            exim.submit("127.0.0.9", forged, STOLEN, List.of("a" + i + "@victims.test", "b" + i + "@victims2.test"),
                    "From: " + forged + "\nSubject: you won " + wave + "\n\nBuy CHEAP-PILLS-7731 now\n");
        }
        assertTrue(exim.attemptDelivery().succeeded());
        Set<String> spam = exim.queueIds();
        spam.removeAll(before);
        assertEquals(n, spam.size(), "spam deferred");
        return spam;
    }

    private static Set<String> frozenIds() {
        return queue().stream().filter(m -> m.queue().equals("frozen")).map(m -> m.id().value())
                .collect(Collectors.toSet());
    }

    private static Path purge(String... filter) throws IOException {
        Path dir = Files.createTempDirectory(scratch, "quarantine-");
        List<String> args = new ArrayList<>(eximArgs("queue", "purge"));
        args.addAll(List.of("--quarantine-dir", dir.toString(), "--yes"));
        args.addAll(List.of(filter));
        String out = PostfixQueueEndToEndTest.cli(0, args.toArray(String[]::new));
        assertTrue(out.contains("deleted:"), out);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow(() ->
                    new AssertionError("no archive: " + out));
        }
    }

    private static void assertArchiveHolds(Path archive, Set<String> spam) {
        try (QuarantineArchive a = QuarantineArchive.open(archive)) {
            assertEquals(QueueKind.EXIM.label(), a.queueKind());
            assertEquals(spam, a.items().stream().map(i -> i.envelope().id().value()).collect(Collectors.toSet()));
            for (QuarantineArchive.Item item : a.items()) {
                assertEquals(STOLEN, item.envelope().login());
                assertEquals("127.0.0.9", item.envelope().client());
                String text = new String(a.message(item).content());
                assertTrue(text.contains("CHEAP-PILLS-7731"), text);
                assertFalse(text.contains("\r"), "the spool keeps lines with LF only");
                assertTrue(item.envelope().recipients().stream().map(Mailbox::domain).anyMatch("victims.test"::equals));
            }
        }
    }

    /** The queue as smtpsentry reads it, through --exim/--exim-config only (the spool found with -bP). */
    private static List<QueuedMessage> queue() {
        MailQueue q = QueueFinder.open(null, null, null, exim.program().toString(), exim.configFile());
        return Selector.select(q, Selection.EVERYTHING, Instant.now()).stream().map(SelectedMessage::message).toList();
    }

    private static Set<String> ids(List<QueuedMessage> messages) {
        return messages.stream().map(m -> m.id().value()).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private static List<String> eximArgs(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--exim", exim.program().toString(), "--exim-config", exim.configFile().toString()));
        return args;
    }

    private static String cli(String... command) {
        return PostfixQueueEndToEndTest.cli(0, eximArgs(command).toArray(String[]::new));
    }
}
