package org.smtpsentry.queue.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.QueuedMessage;

class PostfixCommandsTest {

    /** Recorded here with postqueue -c DIR -j on a private Postfix 3.7. */
    @Test
    void parsesPostqueueJson() throws IOException {
        List<QueuedMessage> list = PostqueueJson.parse(Files.readString(
                Path.of("src/test/resources/queue/postfix/postqueue-j.txt")));
        assertEquals(3, list.size());
        QueuedMessage m = list.get(2);
        assertEquals(new QueueId("CE96820C372"), m.id());
        assertEquals("deferred", m.queue());
        assertEquals(Instant.ofEpochSecond(1795439663), m.arrival());
        assertEquals(484, m.size());
        assertEquals(Mailbox.of("a@example.org"), m.sender());
        assertEquals(List.of(Mailbox.of("c@other.test"), Mailbox.of("b@remote.test")), m.recipients());
        assertEquals("connect to 127.0.0.1[127.0.0.1]:2: Connection refused", m.reason());
    }

    /** Not root: only postqueue's listing; a selection on login, client or text says why it cannot be done. */
    @Test
    void theListingFallbackRefusesWhatItCannotKnow() throws IOException {
        PostfixQueue queue = new PostfixQueue(null, Path.of("/nonexistent"));
        List<org.smtpsentry.queue.QueueEntry> entries = PostqueueJson.entries(queue, Files.readString(
                Path.of("src/test/resources/queue/postfix/postqueue-j.txt")));
        org.smtpsentry.queue.MailQueue listed = new ListedQueue(queue, entries);
        Instant now = Instant.ofEpochSecond(1795440000);
        assertEquals(1, org.smtpsentry.queue.Selector.select(listed,
                new org.smtpsentry.queue.Selection.Builder().sender("long@*").build(), now).size());
        UserError e = assertThrows(UserError.class, () -> org.smtpsentry.queue.Selector.select(listed,
                new org.smtpsentry.queue.Selection.Builder().login("victim@example.test").build(), now));
        assertEquals(true, e.getMessage().contains("run as root"), e.getMessage());
        assertThrows(UserError.class, () -> entries.get(0).load(true));
    }

    /** The fallback entries behind a queue that lists them. */
    private record ListedQueue(PostfixQueue queue, List<org.smtpsentry.queue.QueueEntry> entries)
            implements org.smtpsentry.queue.MailQueue {
        @Override
        public String description() {
            return queue.description();
        }

        @Override
        public org.smtpsentry.queue.QueueKind kind() {
            return queue.kind();
        }

        @Override
        public java.util.Optional<org.smtpsentry.queue.QueueEntry> entry(QueueId id) {
            return entries.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        @Override
        public org.smtpsentry.queue.ActionOutcome hold(List<QueueId> ids) {
            return queue.hold(ids);
        }

        @Override
        public org.smtpsentry.queue.ActionOutcome release(List<QueueId> ids) {
            return queue.release(ids);
        }

        @Override
        public org.smtpsentry.queue.ActionOutcome delete(List<QueueId> ids) {
            return queue.delete(ids);
        }

        @Override
        public void reinject(org.smtpsentry.queue.ArchivedMessage message) {
            queue.reinject(message);
        }
    }

    @Test
    void badPostqueueLineNamesTheLine() {
        UserError e = assertThrows(UserError.class, () -> PostqueueJson.parse("{\"queue_id\": \"A1\"}\nnot json\n"));
        assertEquals(true, e.getMessage().startsWith("postqueue -j, line 2: not understood"), e.getMessage());
    }

    @Test
    void postsuperGetsIdsOnStandardInputAndSaysWhatItDid() {
        assertEquals(List.of("postsuper", "-c", "/tmp/pf/etc", "-d", "-"),
                Postsuper.argv(List.of("postsuper", "-c", "/tmp/pf/etc"), Postsuper.Action.DELETE));
        assertEquals(List.of("postsuper", "-h", "-"), Postsuper.argv(List.of("postsuper"), Postsuper.Action.HOLD));
        assertEquals("A1B2C3\nD4E5F6\n", new String(Postsuper.stdin(List.of(new QueueId("A1B2C3"),
                new QueueId("D4E5F6"))), StandardCharsets.US_ASCII));
        assertThrows(UserError.class, () -> Postsuper.stdin(List.of(new QueueId("-d ALL"))));
        String said = "postsuper: A1B2C3: removed\npostsuper: Deleted: 1 message\n";
        assertEquals(Set.of(new QueueId("A1B2C3")), Postsuper.done(said));
        assertEquals(Set.of(new QueueId("E7C6620C32E")), Postsuper.done(
                "postsuper: E7C6620C32E: placed on hold\npostsuper: Placed on hold: 1 message\n"));
    }

    @Test
    void sendmailRestoresTheOriginalEnvelope() {
        QueuedMessage m = new QueuedMessage(new QueueId("A1"), "deferred", Instant.EPOCH, 10,
                Mailbox.of("sales@forged.test"), List.of(Mailbox.of("a@x.test"), Mailbox.of("b@y.test")), "", "", "",
                "", "");
        assertEquals(List.of("sendmail", "-C", "/tmp/pf/etc", "-i", "-f", "sales@forged.test", "--", "a@x.test",
                "b@y.test"), Sendmail.argv(Path.of("/tmp/pf/etc"), m));
        QueuedMessage bounce = new QueuedMessage(new QueueId("A2"), "deferred", Instant.EPOCH, 10,
                Mailbox.NULL_SENDER, List.of(Mailbox.of("a@x.test")), "", "", "", "", "");
        assertEquals(List.of("sendmail", "-i", "-f", "<>", "--", "a@x.test"), Sendmail.argv(null, bounce));
    }
}
