package org.smtpsentry.queue.exim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.QueueEntry;
import org.smtpsentry.queue.QueuedMessage;

/** Spool fixtures written from the documented -H/-D format (no real Exim can be installed beside Postfix here). */
class EximSpoolTest {
    private static final Path SPOOL = Path.of("src/test/resources/queue/exim");

    @Test
    void readsAnAuthenticatedMessageFromTheSpool() {
        EximQueue queue = EximQueue.open(SPOOL);
        List<QueueEntry> entries = queue.entries().stream().sorted(Comparator.comparing(e -> e.id().value()))
                .toList();
        assertEquals(List.of(new QueueId("1tLocl-000DEF-Zz"), new QueueId("1tSpam-000ABC-Xy")),
                entries.stream().map(QueueEntry::id).toList());

        QueueEntry.Loaded spam = entries.get(1).load(true).orElseThrow();
        QueuedMessage m = spam.message();
        assertEquals(Mailbox.of("sales1@forged.test"), m.sender());
        assertEquals(List.of(Mailbox.of("a@victims.test"), Mailbox.of("b@victims2.test")), m.recipients(),
                "the delivered recipient is not pending any more");
        assertEquals("victim@example.test", m.login());
        assertEquals("203.0.113.9", m.client());
        assertEquals("input", m.queue());
        assertEquals(Instant.ofEpochSecond(1700000000), m.arrival());
        assertEquals("you won", m.subject());
        String text = new String(spam.content().bytes(), StandardCharsets.UTF_8);
        assertFalse(text.contains("X-Removed"), "a header Exim deleted is not part of the message");
        assertTrue(text.contains("\n\tTue, 14 Nov 2023 22:13:20 +0000\nFrom: sales1@forged.test\nSubject: you won\n"),
                text);
        assertTrue(text.endsWith("Subject: you won\n\nBuy CHEAP-PILLS-7731 now\nbye\n"), text);
        assertEquals(text.length(), m.size());
        assertTrue(spam.content().contains("cheap-pills-7731"));
    }

    @Test
    void readsAFrozenLocalSubmission() {
        QueueEntry entry = EximQueue.open(SPOOL.resolve("input")).entry(new QueueId("1tLocl-000DEF-Zz")).orElseThrow();
        QueuedMessage m = entry.load(false).orElseThrow().message();
        assertEquals("frozen", m.queue());
        assertEquals("www-data", m.localUser());
        assertEquals("", m.login());
        assertEquals("", m.client());
        assertEquals(List.of(Mailbox.of("client@far.test")), m.recipients());
        assertEquals("order 17", m.subject());
    }

    @Test
    void aMalformedHeaderFileIsOneClearError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("input"));
        Files.writeString(dir.resolve("input/1tBadd-000000-AA-H"), "1tBadd-000000-AA-H\nroot 0 0\nno brackets\n");
        UserError e = assertThrows(UserError.class, () -> EximQueue.open(dir).entries().get(0).load(false));
        assertTrue(e.getMessage().contains("1tBadd-000000-AA-H: not an Exim spool header file"), e.getMessage());
    }

    @Test
    void aMessageGoneMeanwhileIsNotAnError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("input"));
        Files.copy(SPOOL.resolve("input/1tSpam-000ABC-Xy-H"), dir.resolve("input/1tSpam-000ABC-Xy-H"));
        QueueEntry entry = EximQueue.open(dir).entries().get(0);
        Files.delete(dir.resolve("input/1tSpam-000ABC-Xy-H"));
        assertTrue(entry.load(true).isEmpty());
    }

    @Test
    void buildsEximArgumentVectorsAndReadsItsAnswers() {
        List<QueueId> ids = List.of(new QueueId("1tSpam-000ABC-Xy"), new QueueId("1tLocl-000DEF-Zz"));
        assertEquals(List.of("exim4", "-Mrm", "1tSpam-000ABC-Xy", "1tLocl-000DEF-Zz"),
                EximCommands.argv(List.of("exim4"), EximCommands.Action.REMOVE, ids));
        assertEquals(List.of("exim", "-Mf", "1tSpam-000ABC-Xy"),
                EximCommands.argv(List.of("exim"), EximCommands.Action.FREEZE, ids.subList(0, 1)));
        assertEquals("-Mt", EximCommands.Action.THAW.option);
        assertEquals(List.of("exim", "-Mrm", "1tSpam-0000000ABC-XyZw"),
                EximCommands.argv(List.of("exim"), EximCommands.Action.REMOVE,
                        List.of(new QueueId("1tSpam-0000000ABC-XyZw"))),
                "the longer ids of Exim 4.97 and later");
        assertThrows(UserError.class, () -> EximCommands.argv(List.of("exim"), EximCommands.Action.REMOVE,
                List.of(new QueueId("-bd"))));
        String said = "Message 1tSpam-000ABC-Xy has been removed\nMessage 1tLocl-000DEF-Zz is now frozen\n";
        assertEquals(Set.of(new QueueId("1tSpam-000ABC-Xy"), new QueueId("1tLocl-000DEF-Zz")),
                EximCommands.done(said));
        QueuedMessage m = EximQueue.open(SPOOL).entries().stream().filter(e -> e.id().value().startsWith("1tSpam"))
                .findFirst().orElseThrow().load(false).orElseThrow().message();
        assertEquals(List.of("exim4", "-i", "-f", "sales1@forged.test", "--", "a@victims.test", "b@victims2.test"),
                EximCommands.reinjection(List.of("exim4"), m));
    }

    @Test
    void clientAddressLosesItsPort() {
        assertEquals("203.0.113.9", EximQueue.withoutPort("203.0.113.9.52114"));
        assertEquals("203.0.113.9", EximQueue.withoutPort("203.0.113.9"));
        assertEquals("2001:db8::7", EximQueue.withoutPort("2001:db8::7.52114"));
        assertEquals("2001:db8::7", EximQueue.withoutPort("2001:db8::7"));
        assertEquals("203.0.113.9", EximQueue.withoutPort("[203.0.113.9]:52114"), "Exim 4.94 and later");
        assertEquals("2001:db8::7", EximQueue.withoutPort("[2001:db8::7]:52114"));
    }

    @Test
    void aNamedEximProgramOrConfigurationThatIsNotThereIsOneClearError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("input"));
        UserError noProgram = assertThrows(UserError.class,
                () -> EximQueue.open(dir, dir.resolve("no-exim").toString(), null));
        assertTrue(noProgram.getMessage().contains("no-exim: no such Exim program"), noProgram.getMessage());
        UserError noConfig = assertThrows(UserError.class, () -> EximQueue.open(dir, null, dir.resolve("x.conf")));
        assertTrue(noConfig.getMessage().contains("x.conf: no such Exim configuration file"), noConfig.getMessage());
        UserError notExim = assertThrows(UserError.class, () -> org.smtpsentry.queue.QueueFinder.open(
                org.smtpsentry.queue.QueueKind.POSTFIX, null, null, "exim4", null));
        assertTrue(notExim.getMessage().startsWith("--exim and --exim-config are for an Exim queue, not --mta postfix"),
                notExim.getMessage());
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        assertEquals(2, org.smtpsentry.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "queue", "list", "--queue-dir", dir.toString(), "--exim-config", dir.resolve("x.conf").toString()));
        assertTrue(err.toString().startsWith("smtpsentry: " + dir.resolve("x.conf") + ": no such Exim configuration"),
                err.toString());
    }

    @Test
    void theReasonIsTheLastDeferralOfTheMessageLog(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("1tSpam-000ABC-Xy");
        assertEquals("", EximQueue.deferral(log), "no message log: not tried yet");
        Files.writeString(log, "x".repeat(100_000) + "\n"
                + "2026-11-23 14:05:05 a@far.test R=dnslookup T=remote_smtp defer (111): Connection refused\n"
                + "2026-11-23 14:05:06 b@far.test R=dnslookup T=remote_smtp defer (-44) H=mx.far.test: SMTP error "
                + "from remote mail server after RCPT TO:<b@far.test>: 451 try later\n"
                + "2026-11-23 14:05:06 c@far.test: remote_smtp transport succeeded\n");
        assertEquals("(-44) H=mx.far.test: SMTP error from remote mail server after RCPT TO:<b@far.test>: "
                + "451 try later",
                EximQueue.deferral(log));
    }

    /** What Exim 4.96 answers for a message that is gone, recorded from the real one (see RealEximSpoolTest). */
    @Test
    void aMessageExim496NoLongerHasIsNotCountedAsRemoved() {
        String said = "Message 1xVUdW-0004dL-02 has been removed\n"
                + "Spool data file for 1xVUdW-0004dL-99 does not exist\n"
                + "Continuing, to ensure all files removed\n"
                + "Spool read error for 1xVUdW-0004dL-99-H: No such file or directory\n"
                + "Continuing to ensure all files removed\n"
                + "Message 1xVUdW-0004dL-99 has been removed or did not exist\n";
        assertEquals(Set.of(new QueueId("1xVUdW-0004dL-02")), EximCommands.done(said));
    }
}
