package org.smtpsentry.queue.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.cli.Main;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.QuarantineArchive;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueuedMessage;

/**
 * A directory queue like IceWarp's mail/_outgoing with retry/: a spam run among genuine messages, purged by login,
 * by forged sender and by body text through the command line, then restored under the original names.
 */
class DirectoryQueueTest {

    @Test
    void readsTheEnvelopeLinesOfAMessageFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("TUQ42143.tmp"), spam("wave", 1));
        QueueEntry entry = new DirectoryQueue(dir).entry(new QueueId("TUQ42143.tmp")).orElseThrow();
        QueuedMessage m = entry.load(false).orElseThrow().message();
        assertEquals("victim@example.test", m.login());
        assertEquals(Mailbox.of("sales1@forged-wave.test"), m.sender());
        assertEquals(List.of(Mailbox.of("a1@victims.test"), Mailbox.of("b1@victims2.test")), m.recipients());
        assertEquals("203.0.113.9", m.client());
        assertEquals("MsgID TUQ1", m.reason());
        assertEquals("you won", m.subject());
        assertEquals(List.of("a@x.test", "b@y.test"), MessageFile.addresses("A <a@x.test>, \"B, b\" <b@y.test>"));
        assertEquals("", MessageFile.address("<>"));
    }

    @Test
    void purgesExactlyTheSpamAndRestoresIt(@TempDir Path root) throws IOException {
        Path queue = Files.createDirectories(root.resolve("mail/_outgoing"));
        Files.createDirectories(queue.resolve("retry"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(queue.resolve((i % 2 == 0 ? "" : "retry/") + "G" + i + ".tmp"), genuine(i));
        }
        Set<String> genuine = ids(queue);
        String q = queue.toString();

        spamRun(queue, "wave1", 5);
        purge(root, q, "--login", "victim@example.test");
        assertEquals(genuine, ids(queue));

        spamRun(queue, "wave2", 4);
        purge(root, q, "--sender", "*@forged-*.test");
        assertEquals(genuine, ids(queue));

        spamRun(queue, "wave3", 3);
        Path archive = purge(root, q, "--contains", "CHEAP-PILLS-7731");
        assertEquals(genuine, ids(queue));

        List<String> chosen;
        try (QuarantineArchive a = QuarantineArchive.open(archive)) {
            assertEquals(3, a.items().size());
            chosen = a.items().stream().limit(2).map(i -> i.envelope().id().value()).toList();
        }
        List<String> args = new ArrayList<>(List.of("queue", "restore", "--mta", "directory", "--queue-dir", q,
                archive.toString(), "--yes"));
        args.addAll(chosen);
        String out = cli(0, args.toArray(String[]::new));
        assertTrue(out.contains("restored: 2 messages"), out);
        Set<String> expected = new java.util.HashSet<>(genuine);
        expected.addAll(chosen);
        assertEquals(expected, ids(queue), "back under their original names");
        assertTrue(Files.readString(queue.resolve(chosen.get(0))).contains("CHEAP-PILLS-7731"));
    }

    @Test
    void holdMovesFilesAsideAndReleaseBringsThemBack(@TempDir Path queue) throws IOException {
        Files.createDirectories(queue.resolve("retry"));
        Files.writeString(queue.resolve("retry/S1.tmp"), spam("w", 1));
        Files.writeString(queue.resolve("G1.tmp"), genuine(1));
        String q = queue.toString();
        String dry = cli(0, "queue", "hold", "--queue-dir", q, "--login", "victim@example.test");
        assertTrue(dry.contains("1 messages selected") && dry.contains("dry run"), dry);
        assertTrue(Files.exists(queue.resolve("retry/S1.tmp")));

        cli(0, "queue", "hold", "--queue-dir", q, "--login", "victim@example.test", "--yes");
        assertTrue(Files.exists(queue.resolve("smtpsentry-hold/retry/S1.tmp")));
        assertFalse(Files.exists(queue.resolve("retry/S1.tmp")));
        String held = cli(0, "queue", "list", "--queue-dir", q, "--queue", "hold", "--json");
        assertTrue(held.contains("\"count\": 1") && held.contains("smtpsentry-hold/retry/S1.tmp"), held);

        cli(0, "queue", "release", "--queue-dir", q, "--queue", "hold", "--yes");
        assertTrue(Files.exists(queue.resolve("retry/S1.tmp")));
        String stats = cli(0, "queue", "stats", "--queue-dir", q, "--json");
        assertTrue(stats.contains("\"messages\": 2"), stats);
    }

    @Test
    void refusesToPurgeEverythingWithoutAFilterAndNamesBadOptions(@TempDir Path queue) throws IOException {
        Files.writeString(queue.resolve("G1.tmp"), genuine(1));
        String err = cliErr(2, "queue", "purge", "--queue-dir", queue.toString(), "--yes");
        assertTrue(err.contains("no filter given"), err);
        err = cliErr(2, "queue", "list", "--queue-dir", queue.toString(), "--older-than", "10x");
        assertTrue(err.contains("\"10x\" is not an age"), err);
        err = cliErr(2, "queue", "list", "--mta", "directory");
        assertTrue(err.contains("--queue-dir"), err);
        assertTrue(Files.exists(queue.resolve("G1.tmp")));
    }

    @Test
    void selectsTheAccountsAnalyzeFlagged(@TempDir Path queue) throws IOException {
        Files.writeString(queue.resolve("S1.tmp"), spam("w", 1));
        Files.writeString(queue.resolve("G1.tmp"), genuine(1));
        Path finding = Files.writeString(queue.resolveSibling(queue.getFileName() + "-finding.json"),
                "{\"compromisedAccounts\": [{\"login\": \"victim@example.test\"}], \"localScripts\": []}");
        String json = cli(0, "queue", "list", "--queue-dir", queue.toString(), "--from-finding", finding.toString(),
                "--json");
        assertTrue(json.contains("\"count\": 1") && json.contains("\"id\": \"S1.tmp\"")
                && json.contains("\"login victim@example.test\""), json);
        String show = cli(0, "queue", "show", "--queue-dir", queue.toString(), "S1.tmp", "--headers-only");
        assertTrue(show.contains("login:      victim@example.test") && !show.contains("CHEAP"), show);
        Files.delete(finding);
    }

    private static void spamRun(Path queue, String wave, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Files.writeString(queue.resolve((i % 2 == 0 ? "" : "retry/") + wave + "-" + i + ".tmp"), spam(wave, i));
        }
    }

    private static Path purge(Path root, String queue, String... filter) throws IOException {
        Path quarantine = Files.createTempDirectory(root, "quarantine-");
        List<String> args = new ArrayList<>(List.of("queue", "purge", "--queue-dir", queue, "--quarantine-dir",
                quarantine.toString(), "--yes"));
        args.addAll(List.of(filter));
        String out = cli(0, args.toArray(String[]::new));
        assertTrue(out.contains("deleted:"), out);
        try (Stream<Path> files = Files.list(quarantine)) {
            return files.findFirst().orElseThrow();
        }
    }

    private static Set<String> ids(Path queue) throws IOException {
        try (Stream<Path> files = Files.walk(queue)) {
            return files.filter(Files::isRegularFile).map(p -> queue.relativize(p).toString())
                    .collect(Collectors.toSet());
        }
    }

    static String spam(String wave, int i) {
        return "LocalSender: victim@example.test\nMsgID: TUQ" + i + "\nRecipient: a" + i + "@victims.test\n"
                + "Recipient: b" + i + "@victims2.test\n"
                + "Received: from spammer.test ([203.0.113.9]) by mail.example.test with ESMTPA; "
                + "Tue, 14 Nov 2023 22:13:20 +0000\n"
                + "Return-Path: <sales" + i + "@forged-" + wave + ".test>\nFrom: sales" + i + "@forged-" + wave
                + ".test\nSubject: you won\n\nBuy CHEAP-PILLS-7731 now\n";
    }

    static String genuine(int i) {
        return "LocalSender: honest@example.test\nMsgID: GEN" + i + "\nRecipient: partner" + i + "@far.test\n"
                + "Received: from pc.example.test ([198.51.100.4]) by mail.example.test with ESMTPA; "
                + "Tue, 14 Nov 2023 21:00:00 +0000\n"
                + "Return-Path: <honest@example.test>\nFrom: honest@example.test\nSubject: minutes " + i
                + "\n\nthe meeting notes\n";
    }

    private static String cli(int status, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int got = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(status, got, String.join(" ", args) + "\n" + out + err);
        return out.toString();
    }

    private static String cliErr(int status, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int got = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(status, got, String.join(" ", args) + "\n" + out + err);
        return err.toString();
    }

}
