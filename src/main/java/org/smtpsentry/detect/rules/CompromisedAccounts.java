package org.smtpsentry.detect.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smtpsentry.detect.Detection;
import org.smtpsentry.detect.Rule;
import org.smtpsentry.detect.SenderOwnership;
import org.smtpsentry.event.DeliveryAttempt;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.trail.MessageTrail;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.verdict.CompromisedAccount;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.Span;
import org.smtpsentry.verdict.Verdict;

/**
 * A SASL login used to relay spam. Within {@code findtime}, the login sends to at least {@code maxrecipients}
 * external recipients (local ones never count: a newsletter to the office is no abuse) and shows a sign of abuse:
 * at least {@code forgedShare} of its messages with a MAIL FROM it does not own, at least {@code undeliverableShare}
 * of its recipients deferred or bounced (made-up addresses, a blacklisted server), or logins from at least
 * {@code maxips} client addresses. Or, whatever the signs, it sends {@code maxmessages} messages within findtime.
 */
public final class CompromisedAccounts implements Rule {
    /** The kinds of event it reads. */
    private static final Set<Class<? extends MailEvent>> READS = Set.of(
            MessageAccepted.class, MailFrom.class, DeliveryAttempt.class);

    public record Settings(Duration findtime, int maxrecipients, double forgedShare, double undeliverableShare,
                           int maxips, int maxmessages) {
        public static final Settings DEFAULT = new Settings(Duration.ofHours(1), 100, 0.5, 0.3, 3, 500);
    }

    private final Settings settings;
    private final Map<String, Account> accounts = new HashMap<>();
    /** The login of the event before and its account: a message's events share their login's string. */
    private String lastLogin;
    private Account lastAccount;

    public CompromisedAccounts(Settings settings) {
        this.settings = settings;
    }

    /** One login's traffic and client addresses. */
    private final class Account {
        final SenderTraffic traffic = new SenderTraffic(settings.findtime());
        final Map<String, ClientAddress> ips = new LinkedHashMap<>();
        Instant flagged;
        List<String> reasons = List.of();
    }

    private static final class ClientAddress {
        final Instant firstSeen;
        Instant lastSeen;
        int messages;

        ClientAddress(Instant firstSeen) {
            this.firstSeen = firstSeen;
            this.lastSeen = firstSeen;
        }
    }

    @Override
    public Set<Class<? extends MailEvent>> reads() {
        return READS;
    }

    @Override
    public void observe(MailEvent event, Trail before, Detection detection) {
        if (event instanceof MessageAccepted a) {
            if (a.login() != null) {
                detection.localDomains().sawLogin(a.login());
                Account account = account(a.login());
                account.traffic.message(a.time(), a.origin());
                if (a.clientIp() != null) {
                    ClientAddress ip = account.ips.get(a.clientIp());
                    if (ip == null) {
                        ip = new ClientAddress(a.time());
                        account.ips.put(a.clientIp(), ip);
                    }
                    ip.messages++;
                    ip.lastSeen = a.time();
                }
                check(a.login(), account, detection);
            }
        } else if (event instanceof MailFrom f) {
            MessageTrail m = before.message(f.queueId());
            if (m != null && m.login() != null && m.sender() == null
                    && SenderOwnership.isForged(f.sender(), m.login(), detection.localDomains())) {
                Account account = account(m.login());
                account.traffic.forged(f.time(), f.origin());
                check(m.login(), account, detection);
            }
        } else if (event instanceof DeliveryAttempt d) {
            MessageTrail m = before.message(d.queueId());
            if (m != null && m.login() != null) {
                Account account = account(m.login());
                account.traffic.delivery(d, m.status(d.recipient()), detection.localDomains());
                check(m.login(), account, detection);
            }
        }
    }

    private Account account(String login) {
        if (login == lastLogin) {
            return lastAccount;
        }
        String key = login.toLowerCase(Locale.ROOT);
        Account a = accounts.get(key);
        if (a == null) { // not computeIfAbsent: no lambda on a per-event path (see MailEvent)
            a = new Account();
            accounts.put(key, a);
        }
        lastLogin = login;
        lastAccount = a;
        return a;
    }

    private void check(String login, Account account, Detection detection) {
        if (account.flagged != null) {
            return;
        }
        List<String> reasons = reasons(account, detection.now());
        if (!reasons.isEmpty()) {
            account.flagged = detection.now();
            account.reasons = reasons;
            detection.flag(verdict(login.toLowerCase(Locale.ROOT), account));
        }
    }

    /** The findings in words when the thresholds are crossed now, else an empty list. */
    private List<String> reasons(Account a, Instant now) {
        SenderTraffic t = a.traffic;
        int messages = t.inWindow(SenderTraffic.MESSAGES, now);
        int external = t.inWindow(SenderTraffic.EXTERNAL, now);
        if (messages < settings.maxmessages() && external < settings.maxrecipients()) {
            return List.of(); // below both limits: the usual case, decided without building any words
        }
        String within = "within " + Numbers.duration(settings.findtime());
        List<String> reasons = new ArrayList<>();
        if (messages >= settings.maxmessages() && external > 0) {
            reasons.add(Numbers.count(messages) + " messages " + within + " (limit " + settings.maxmessages() + ")");
        }
        if (external >= settings.maxrecipients()) {
            int recipients = t.inWindow(SenderTraffic.RECIPIENTS, now);
            int undeliverable = t.inWindow(SenderTraffic.UNDELIVERABLE, now);
            int forged = t.inWindow(SenderTraffic.FORGED, now);
            long ips = a.ips.values().stream().filter(ip -> !ip.lastSeen.isBefore(now.minus(settings.findtime())))
                    .count();
            List<String> signs = new ArrayList<>();
            if (messages > 0 && (double) forged / messages >= settings.forgedShare()) {
                signs.add(Numbers.percent(forged, messages) + " with a MAIL FROM that is not the login");
            }
            if (recipients > 0 && (double) undeliverable / recipients >= settings.undeliverableShare()) {
                signs.add(Numbers.percent(undeliverable, recipients) + " of recipients deferred or bounced");
            }
            if (ips >= settings.maxips()) {
                signs.add("logged in from " + ips + " addresses");
            }
            if (!signs.isEmpty()) {
                reasons.add(Numbers.count(external) + " external recipients " + within + ", "
                        + String.join(", ", signs));
            }
        }
        return reasons;
    }

    @Override
    public List<Verdict> findings() {
        List<Verdict> found = new ArrayList<>();
        accounts.forEach((login, a) -> {
            if (a.flagged != null) {
                found.add(verdict(login, a));
            }
        });
        found.sort((a, b) -> Integer.compare(((CompromisedAccount) b).traffic().messages(),
                ((CompromisedAccount) a).traffic().messages()));
        return found;
    }

    private CompromisedAccount verdict(String login, Account a) {
        SenderTraffic t = a.traffic;
        Instant abuseBegan = a.flagged.minus(settings.findtime());
        List<CompromisedAccount.ClientIp> ips = new ArrayList<>();
        a.ips.forEach((ip, c) -> ips.add(new CompromisedAccount.ClientIp(ip, c.messages,
                !c.firstSeen.isBefore(abuseBegan))));
        ips.sort((x, y) -> Integer.compare(y.messages(), x.messages()));
        return new CompromisedAccount(login, new Span(t.first, a.flagged, t.last), t.traffic(),
                ips, t.peakPerHour(), t.usualPerHour(abuseBegan), t.messagesPerHour(), a.reasons,
                new Evidence(t.samples.all()));
    }
}
