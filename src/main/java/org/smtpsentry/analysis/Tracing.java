package org.smtpsentry.analysis;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.smtpsentry.detect.LocalDomains;
import org.smtpsentry.detect.SenderOwnership;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.trail.AccountSearch;
import org.smtpsentry.event.trail.AccountStory;
import org.smtpsentry.event.trail.MessageSearch;
import org.smtpsentry.event.trail.MessageStory;
import org.smtpsentry.logs.LogInput;
import org.smtpsentry.logs.MailLogs;
import org.smtpsentry.logs.SessionTranscript;
import org.smtpsentry.report.MessageTrace;
import org.smtpsentry.report.SenderMatch;

/**
 * The batch wiring of trace: log inputs in one streaming pass through a search (event.trail), then the sender check
 * of each message found and, with {@code --session}, its session read back from the logs. The check is made here because it is detection's rule ({@link SenderOwnership}) and the
 * trail and the report may not depend on detection; the wiring may use both.
 */
public final class Tracing {

    /**
     * {@code localDomains} empty means: the domain of each login is local. {@code session}: read each message's
     * whole SMTP session back from the logs; {@code showSecrets}: leave the passwords of AUTH dialogues in it.
     */
    public record Settings(String format, ZoneId zone, Set<String> localDomains, boolean session,
                           boolean showSecrets) {
    }

    private Tracing() {
    }

    /** The messages named by {@code id}: a queue id, IceWarp MsgID, Exchange InternalMessageId or a Message-ID. */
    public static MessageTrace.Messages message(List<LogInput> inputs, String id, Settings s,
                                                Consumer<MailLogs> onOpen) {
        MailLogs logs = new MailLogs(inputs, s.format(), s.zone());
        onOpen.accept(logs);
        MessageSearch search = new MessageSearch(id);
        logs.forEach(search::accept);
        List<MessageTrace.Traced> found = new ArrayList<>();
        for (MessageStory story : search.stories()) {
            SessionTranscript transcript = s.session() ? logs.transcript(story.sessionEvents().stream()
                    .map(MailEvent::origin).toList(), s.showSecrets()) : null;
            found.add(new MessageTrace.Traced(story, match(story.envelope() == null ? null
                    : story.envelope().sender(), story.login(), s.localDomains()), transcript));
        }
        return new MessageTrace.Messages(id, found, logs.lines(), logs.notUnderstood(), s.zone());
    }

    /** What the account {@code user} did. */
    public static MessageTrace.Account account(List<LogInput> inputs, String user, Settings s,
                                               Consumer<MailLogs> onOpen) {
        MailLogs logs = new MailLogs(inputs, s.format(), s.zone());
        onOpen.accept(logs);
        AccountSearch search = new AccountSearch(user);
        logs.forEach(search::accept);
        AccountStory story = search.story();
        List<MessageTrace.Sent> sent = new ArrayList<>();
        for (AccountStory.SentMessage m : story.messages()) {
            sent.add(new MessageTrace.Sent(m, match(m.envelope() == null ? null : m.envelope().sender(),
                    m.arrival().login(), s.localDomains())));
        }
        return new MessageTrace.Account(user, story, sent, logs.lines(), logs.notUnderstood(), s.zone());
    }

    static SenderMatch match(Mailbox sender, String login, Set<String> localDomains) {
        if (login == null) {
            return SenderMatch.NO_LOGIN;
        }
        if (sender == null) {
            return SenderMatch.UNKNOWN;
        }
        if (sender.isNullSender()) {
            return SenderMatch.NULL_SENDER;
        }
        LocalDomains local = localDomains.isEmpty() ? LocalDomains.learning(Set.of(), "")
                : LocalDomains.of(localDomains, "--local-domain");
        local.sawLogin(login);
        return SenderOwnership.isForged(sender, login, local) ? SenderMatch.NOT_THE_LOGIN : SenderMatch.THE_LOGIN;
    }
}
