package org.smtpsentry.report;

import java.time.ZoneId;
import java.util.List;
import org.smtpsentry.event.trail.AccountStory;
import org.smtpsentry.event.trail.MessageStory;
import org.smtpsentry.logs.NotUnderstood;
import org.smtpsentry.logs.SessionTranscript;

/**
 * What trace found: for a message id, the stories of the messages it names (several when a content filter re-queued
 * it); for an account, its logins and messages. {@code lines} were read from the inputs.
 */
public sealed interface MessageTrace permits MessageTrace.Messages, MessageTrace.Account {

    String query();

    long lines();

    NotUnderstood notUnderstood();

    ZoneId zone();

    /** A story with the sender check the wiring made for it, and its session's lines (null when not asked for). */
    record Traced(MessageStory story, SenderMatch senderMatch, SessionTranscript transcript) {
    }

    /** A message sent under an account, with its sender check. */
    record Sent(AccountStory.SentMessage message, SenderMatch senderMatch) {
    }

    record Messages(String query, List<Traced> found, long lines, NotUnderstood notUnderstood, ZoneId zone)
            implements MessageTrace {
    }

    record Account(String query, AccountStory story, List<Sent> messages, long lines, NotUnderstood notUnderstood,
                   ZoneId zone) implements MessageTrace {
    }

    /** Whether anything was found. */
    default boolean isEmpty() {
        return switch (this) {
            case Messages m -> m.found().isEmpty();
            case Account a -> a.story().logins().isEmpty() && a.messages().isEmpty();
        };
    }
}
