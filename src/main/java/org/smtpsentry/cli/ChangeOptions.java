package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.queue.ActionOutcome;
import org.smtpsentry.queue.Listing;
import org.smtpsentry.queue.MailQueue;
import org.smtpsentry.queue.QueuedMessage;
import org.smtpsentry.queue.SelectedMessage;
import org.smtpsentry.queue.Selection;
import org.smtpsentry.queue.Selector;
import org.smtpsentry.text.Numbers;
import picocli.CommandLine.Option;

/**
 * --yes and --all of the commands that change a queue, and their common first step: select, print the count and a
 * sample, then ask.
 */
final class ChangeOptions {
    private static final int SAMPLE = 10;

    @Option(names = {"-y", "--yes"}, description = "Do it (without it: print the selection and change nothing).")
    boolean yes;

    @Option(names = "--all", description = "Allow a selection without any filter (every message of the queue).")
    boolean all;

    /** The selected messages, printed as a count and a sample. */
    List<SelectedMessage> select(MailQueue queue, Selection selection, String described, Instant now,
                                 PrintWriter out) {
        if (selection.isEverything() && !all) {
            throw new UserError("no filter given: this would select every message of the " + queue.description()
                    + "; add filters (--login, --sender, --contains...) or --all; nothing changed");
        }
        List<SelectedMessage> selected = Selector.select(queue, selection, now);
        out.println(queue.description() + ": " + Numbers.count(selected.size()) + " messages selected ("
                + described + ")");
        if (!selected.isEmpty()) {
            out.print(Listing.table(selected, now, SAMPLE));
            if (selected.size() > SAMPLE) {
                out.println("  ... and " + Numbers.count(selected.size() - SAMPLE) + " more");
            }
        }
        out.flush();
        return selected;
    }

    /**
     * hold ({@code hold} true) or release: of the selected messages, those not yet in the wanted state are confirmed
     * and changed; the others are counted.
     */
    int holdOrRelease(MailQueue queue, SelectionOptions selection, boolean hold, PrintWriter out) {
        List<SelectedMessage> selected = select(queue, selection.selection(), selection.describe(), Instant.now(), out);
        List<SelectedMessage> toChange = selected.stream().filter(s -> held(s.message()) != hold).toList();
        if (toChange.size() < selected.size()) {
            out.println((selected.size() - toChange.size()) + " of them " + (hold ? "already" : "not") + " on hold;"
                    + " nothing to do for those");
        }
        String verb = hold ? "hold" : "release";
        if (toChange.isEmpty() || !Confirmation.given(yes, verb + " " + toChange.size() + " messages", out)) {
            return 0;
        }
        List<QueueId> ids = toChange.stream().map(s -> s.message().id()).toList();
        report(out, hold ? "placed on hold" : "released", hold ? queue.hold(ids) : queue.release(ids));
        return 0;
    }

    static void report(PrintWriter out, String verb, ActionOutcome outcome) {
        out.println(verb + ": " + Numbers.count(outcome.done().size()) + " messages");
        if (!outcome.gone().isEmpty()) {
            out.println("gone meanwhile (delivered or removed, nothing to do): "
                    + Numbers.count(outcome.gone().size()) + " " + sample(outcome.gone()));
        }
        out.flush();
    }

    /** Whether a message is on hold: Postfix's hold queue, Exim's frozen messages, a directory queue's hold folder. */
    static boolean held(QueuedMessage m) {
        return m.queue().equals("hold") || m.queue().equals("frozen");
    }

    static String sample(List<?> ids) {
        List<String> first = ids.stream().limit(5).map(Object::toString).toList();
        return "(" + String.join(", ", first) + (ids.size() > 5 ? ", ..." : "") + ")";
    }
}
