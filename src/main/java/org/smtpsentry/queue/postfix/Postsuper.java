package org.smtpsentry.queue.postfix;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpsentry.UserError;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.queue.ActionOutcome;

/**
 * Hold, release and delete through {@code postsuper}, the queue ids given on standard input ({@code -d -}) in
 * batches. postsuper names each message it acted on ("ID: removed"); an id it does not name was not found: gone.
 */
final class Postsuper {
    /** Ids per postsuper run: one run handles them in a second or two, and a failure stops at most one batch. */
    static final int BATCH = 20_000;
    private static final Pattern DONE = Pattern.compile(
            "^postsuper: ([0-9A-Za-z]+): (removed|placed on hold|released from hold|requeued)$", Pattern.MULTILINE);

    enum Action {
        HOLD("-h"), RELEASE("-H"), DELETE("-d");

        final String option;

        Action(String option) {
            this.option = option;
        }
    }

    private Postsuper() {
    }

    static ActionOutcome run(PostfixQueue queue, Action action, List<QueueId> ids) {
        ActionOutcome outcome = new ActionOutcome(List.of(), List.of());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<QueueId> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            ProgramRun run = Programs.run(argv(queue.command("postsuper"), action), stdin(batch),
                    PostfixQueue.timeout());
            String said = run.stderrText() + run.stdoutText();
            if (!run.succeeded() && done(said).isEmpty()) {
                throw refusal(action, said, from, ids.size());
            }
            outcome = outcome.plus(ActionOutcome.of(batch, done(said)));
        }
        return outcome;
    }

    /** postsuper [-c dir] -d - : the ids come on standard input, one per line. */
    static List<String> argv(List<String> command, Action action) {
        List<String> argv = new java.util.ArrayList<>(command);
        argv.add(action.option);
        argv.add("-");
        return argv;
    }

    static byte[] stdin(List<QueueId> ids) {
        StringBuilder b = new StringBuilder(ids.size() * 14);
        for (QueueId id : ids) {
            if (!id.value().matches("[0-9A-Za-z]{1,64}")) {
                throw new UserError("queue id \"" + id.value() + "\" is not a Postfix queue id; nothing done");
            }
            b.append(id.value()).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The ids postsuper says it acted on. */
    static Set<QueueId> done(String output) {
        Set<QueueId> done = new HashSet<>();
        Matcher m = DONE.matcher(output);
        while (m.find()) {
            done.add(new QueueId(m.group(1)));
        }
        return done;
    }

    private static UserError refusal(Action action, String said, int from, int total) {
        String line = PostfixQueue.firstLine(said);
        String fix = said.contains("superuser") || said.contains("ermission")
                ? "run as root (postsuper is reserved for the superuser)" : "see the Postfix log";
        String what = from == 0 ? "nothing changed" : from + " of " + total + " messages were done before this";
        return new UserError("postsuper " + action.option + ": " + line + "; " + fix + "; " + what);
    }
}
