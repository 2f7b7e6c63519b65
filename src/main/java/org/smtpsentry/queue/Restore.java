package org.smtpsentry.queue;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.event.QueueId;

/** Puts archived messages back into a queue with their original envelope, one by one; a refusal stops nothing else. */
public final class Restore {
    private Restore() {
    }

    /** What a restore did: the messages put back, and those the MTA refused with its reason. */
    public record Result(List<QueueId> restored, List<Failure> failures) {
    }

    public record Failure(QueueId id, String reason) {
    }

    public static Result run(MailQueue queue, QuarantineArchive archive, List<QuarantineArchive.Item> chosen) {
        List<QueueId> restored = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (QuarantineArchive.Item item : chosen) {
            QueueId id = item.envelope().id();
            try {
                queue.reinject(archive.message(item));
                restored.add(id);
            } catch (UserError e) {
                failures.add(new Failure(id, e.getMessage()));
            }
        }
        return new Result(restored, failures);
    }
}
