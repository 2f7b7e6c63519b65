package org.smtpsentry.queue.exim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.queue.ActionOutcome;
import org.smtpsentry.queue.QueuedMessage;

/**
 * Exim's message actions, ids as arguments in batches: {@code exim -Mf ID...} (freeze), {@code -Mt} (thaw),
 * {@code -Mrm} (remove). Exim answers one line per message: "Message ID is now frozen", "... is no longer frozen",
 * "... has been removed"; an id it does not answer for so was not found (delivered or removed meanwhile). Exim 4.96
 * says of a message gone meanwhile "Spool data file for ID does not exist" and, for -Mrm, "Message ID has been removed
 * or did not exist": that one is not counted as removed by us.
 */
final class EximCommands {
    /** Ids per run: well under any argument-length limit (an Exim id has 16 to 23 characters). */
    static final int BATCH = 500;
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}");
    private static final Pattern ANSWER = Pattern.compile(
            "^Message (\\S+) (is now frozen|is already frozen|is no longer frozen|is not frozen|has been removed)$",
            Pattern.MULTILINE);

    enum Action {
        FREEZE("-Mf"), THAW("-Mt"), REMOVE("-Mrm");

        final String option;

        Action(String option) {
            this.option = option;
        }
    }

    private EximCommands() {
    }

    /** {@code exim} is the program and its leading arguments: "exim4", or "/opt/exim/bin/exim -C /etc/exim.conf". */
    static ActionOutcome run(List<String> exim, Action action, List<QueueId> ids, Duration timeout) {
        ActionOutcome outcome = new ActionOutcome(List.of(), List.of());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<QueueId> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            ProgramRun run = Programs.run(argv(exim, action, batch), timeout);
            String said = run.stdoutText() + run.stderrText();
            Set<QueueId> done = done(said);
            if (!run.succeeded() && done.isEmpty() && !said.contains("not found") && !said.contains("o such")
                    && !said.contains("does not exist") && !said.contains("did not exist")) {
                String fix = said.contains("ermission") || said.contains("admin")
                        ? "run as root or as an Exim admin user" : "see Exim's mainlog";
                throw new UserError(String.join(" ", exim) + " " + action.option + ": "
                        + said.strip().lines().findFirst().orElse("")
                        + "; " + fix + "; " + (from == 0 ? "nothing changed" : from + " messages were done before"));
            }
            outcome = outcome.plus(ActionOutcome.of(batch, done));
        }
        return outcome;
    }

    static List<String> argv(List<String> exim, Action action, List<QueueId> ids) {
        List<String> argv = new ArrayList<>(exim);
        argv.add(action.option);
        for (QueueId id : ids) {
            if (!ID.matcher(id.value()).matches()) {
                throw new UserError("\"" + id.value() + "\" is not an Exim message id; nothing done");
            }
            argv.add(id.value());
        }
        return argv;
    }

    static Set<QueueId> done(String output) {
        Set<QueueId> done = new HashSet<>();
        Matcher m = ANSWER.matcher(output);
        while (m.find()) {
            done.add(new QueueId(m.group(1)));
        }
        return done;
    }

    /** {@code exim -i -f SENDER -- RCPT...}: the message on standard input, a lone "." line is text. */
    static List<String> reinjection(List<String> exim, QueuedMessage envelope) {
        if (envelope.recipients().isEmpty()) {
            throw new UserError(envelope.id() + ": no recipient left to restore it to; skipped");
        }
        List<String> argv = new ArrayList<>(exim);
        argv.addAll(List.of("-i", "-f", envelope.sender().isNullSender() ? "<>" : envelope.sender().address(), "--"));
        for (Mailbox r : envelope.recipients()) {
            if (r.address().startsWith("-")) {
                throw new UserError(envelope.id() + ": recipient " + r + " starts with '-'; not restored");
            }
            argv.add(r.address());
        }
        return argv;
    }
}
