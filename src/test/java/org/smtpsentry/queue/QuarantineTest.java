package org.smtpsentry.queue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;

class QuarantineTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void archiveAndManifestRoundTrip(@TempDir Path dir) {
        FakeQueue queue = new FakeQueue();
        queue.add("4AbC", "sales@forged.test", "Buy CHEAP pills\n.\nline after a lone dot\n");
        queue.add("5DeF", "", "a bounce\n");
        queue.add("retry/odd name.tmp", "x@y.test", "third\n");
        List<SelectedMessage> selected = Selector.select(queue, Selection.EVERYTHING, NOW);
        Path archive = dir.resolve("q/purge.zip");

        Purge.Result result = Purge.run(queue, selected, archive, "--all", NOW);
        assertEquals(3, result.archived());
        assertEquals(List.of(), queue.ids(), "deleted after archiving");
        assertEquals(3, result.deletion().done().size());

        try (QuarantineArchive a = QuarantineArchive.open(archive)) {
            assertEquals("directory", a.queueKind());
            assertEquals("--all", a.selection());
            assertEquals(3, a.items().size());
            QuarantineArchive.Item first = a.items().get(0);
            assertEquals(new QueueId("4AbC"), first.envelope().id());
            assertEquals(Mailbox.of("sales@forged.test"), first.envelope().sender());
            assertEquals(List.of(Mailbox.of("rcpt@victims.test")), first.envelope().recipients());
            assertEquals(List.of("every message"), first.reasons());
            assertEquals("victim@example.test", first.envelope().login());
            assertArrayEquals(FakeQueue.text("Buy CHEAP pills\n.\nline after a lone dot\n"), a.message(first).content());
            assertTrue(a.items().get(1).envelope().sender().isNullSender());
            assertEquals(new QueueId("retry/odd name.tmp"), a.items().get(2).envelope().id());

            Restore.Result restored = Restore.run(queue, a, a.items().subList(0, 2));
            assertEquals(List.of(new QueueId("4AbC"), new QueueId("5DeF")), restored.restored());
            assertEquals(List.of("4AbC", "5DeF"), queue.ids());
        }
    }

    @Test
    void messagesGoneMeanwhileAreReportedNotArchivedTwice(@TempDir Path dir) throws IOException {
        FakeQueue queue = new FakeQueue();
        queue.add("4AbC", "a@b.test", "one\n");
        queue.add("5DeF", "a@b.test", "two\n");
        queue.add("6GhI", "a@b.test", "three\n");
        List<SelectedMessage> selected = Selector.select(queue, Selection.EVERYTHING, NOW);
        queue.remove("5DeF"); // delivered before it was archived
        queue.goneOnDelete.add("6GhI"); // delivered between archiving and deleting
        Path archive = dir.resolve("purge.zip");

        Purge.Result result = Purge.run(queue, selected, archive, "--all", NOW);
        assertEquals(List.of(new QueueId("5DeF")), result.goneBefore());
        assertEquals(2, result.archived());
        assertEquals(List.of(new QueueId("6GhI")), result.deletion().gone());
        assertEquals("6GhI\n", Files.readString(dir.resolve("purge.zip.not-purged")));
        try (QuarantineArchive a = QuarantineArchive.open(archive)) {
            assertTrue(a.notPurged(new QueueId("6GhI")));
            assertFalse(a.notPurged(new QueueId("4AbC")));
        }
    }

    @Test
    void anExistingArchiveIsNeverOverwrittenAndNothingIsDeleted(@TempDir Path dir) throws IOException {
        FakeQueue queue = new FakeQueue();
        queue.add("4AbC", "a@b.test", "one\n");
        Path archive = Files.writeString(dir.resolve("purge.zip"), "older");
        List<SelectedMessage> selected = Selector.select(queue, Selection.EVERYTHING, NOW);
        assertThrows(UserError.class, () -> Purge.run(queue, selected, archive, "--all", NOW));
        assertEquals(List.of("4AbC"), queue.ids());
        assertEquals("older", Files.readString(archive));
    }

    @Test
    void aFileThatIsNotAnArchiveIsOneClearError(@TempDir Path dir) throws IOException {
        Path bogus = Files.writeString(dir.resolve("x.zip"), "not a zip");
        UserError e = assertThrows(UserError.class, () -> QuarantineArchive.open(bogus));
        assertTrue(e.getMessage().contains("not a readable quarantine archive"), e.getMessage());
    }

    @Test
    void readsTheAccountsAnalyzeFlagged(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("finding.json"), """
                {"compromisedAccounts": [{"login": "victim@example.test", "messages": 4213},
                                         {"login": "other@example.test"}],
                 "localScripts": [{"uid": "33", "user": "www-data"}], "attackingIps": []}
                """);
        assertEquals(new Finding(List.of("victim@example.test", "other@example.test"), List.of("33", "www-data")),
                Finding.read(f));
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"compromisedAccounts\": []}");
        assertThrows(UserError.class, () -> Finding.read(empty));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"compromisedAccounts\": [");
        assertTrue(assertThrows(UserError.class, () -> Finding.read(broken)).getMessage().contains("not valid JSON"));
    }

    /** A queue in memory: our own logic's double for unit tests. */
    static final class FakeQueue implements MailQueue {
        private final List<QueueEntry> entries = new ArrayList<>();
        final List<String> goneOnDelete = new ArrayList<>();

        static byte[] text(String body) {
            return ("Subject: s\n\n" + body).getBytes(StandardCharsets.UTF_8);
        }

        void add(String id, String sender, String body) {
            QueuedMessage m = new QueuedMessage(new QueueId(id), "deferred", NOW, body.length(), Mailbox.of(sender),
                    List.of(Mailbox.of("rcpt@victims.test")), "victim@example.test", "203.0.113.9", "", "s", "");
            entries.add(new Entry(m, text(body)));
        }

        void remove(String id) {
            entries.removeIf(e -> e.id().value().equals(id));
        }

        List<String> ids() {
            return entries.stream().map(e -> e.id().value()).toList();
        }

        @Override
        public String description() {
            return "fake queue";
        }

        @Override
        public QueueKind kind() {
            return QueueKind.DIRECTORY;
        }

        @Override
        public List<QueueEntry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public Optional<QueueEntry> entry(QueueId id) {
            return entries.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        @Override
        public ActionOutcome hold(List<QueueId> ids) {
            return ActionOutcome.of(ids, java.util.Set.copyOf(ids));
        }

        @Override
        public ActionOutcome release(List<QueueId> ids) {
            return ActionOutcome.of(ids, java.util.Set.copyOf(ids));
        }

        @Override
        public ActionOutcome delete(List<QueueId> ids) {
            java.util.Set<QueueId> done = new java.util.HashSet<>();
            for (QueueId id : ids) {
                if (!goneOnDelete.contains(id.value()) && entries.removeIf(e -> e.id().equals(id))) {
                    done.add(id);
                }
            }
            goneOnDelete.forEach(this::remove);
            return ActionOutcome.of(ids, done);
        }

        @Override
        public void reinject(ArchivedMessage message) {
            entries.add(new Entry(message.envelope(), message.content()));
        }

        private final class Entry implements QueueEntry {
            private final QueuedMessage message;
            private final byte[] text;

            Entry(QueuedMessage message, byte[] text) {
                this.message = message;
                this.text = text;
            }

            @Override
            public QueueId id() {
                return message.id();
            }

            @Override
            public Optional<Loaded> load(boolean withContent) {
                if (!entries.contains(this)) {
                    return Optional.empty();
                }
                return Optional.of(new Loaded(message, withContent ? new MessageContent(text) : null));
            }
        }
    }
}
