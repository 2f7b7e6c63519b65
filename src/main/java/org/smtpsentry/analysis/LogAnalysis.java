package org.smtpsentry.analysis;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.smtpsentry.detect.Engine;
import org.smtpsentry.detect.IgnoreList;
import org.smtpsentry.detect.LocalDomains;
import org.smtpsentry.detect.Rule;
import org.smtpsentry.detect.rules.AuthAborts;
import org.smtpsentry.detect.rules.BruteForce;
import org.smtpsentry.detect.rules.CompromisedAccounts;
import org.smtpsentry.detect.rules.LocalScripts;
import org.smtpsentry.detect.rules.PasswordsSeenInLogs;
import org.smtpsentry.event.trail.TrailObserver;
import org.smtpsentry.logs.LogInput;
import org.smtpsentry.logs.MailLogs;
import org.smtpsentry.report.Analysis;
import org.smtpsentry.report.Symptoms;
import org.smtpsentry.text.Numbers;

/**
 * The batch diagnosis: log inputs through the detection engine into an {@link Analysis}. Wiring only; the rules
 * are the same the live daemon runs.
 */
public final class LogAnalysis {

    /** Everything analyze can be told. {@code localDomains} empty means: ask postconf and learn from logins. */
    public record Settings(BruteForce.Settings bruteForce, AuthAborts.Settings authAborts,
                           CompromisedAccounts.Settings accounts, LocalScripts.Settings localScripts,
                           IgnoreList ignored, Set<String> localDomains, String format, ZoneId zone) {
    }

    private LogAnalysis() {
    }

    /**
     * Starts asking postconf for the domains served here, for a {@link #run} about to come without local domains:
     * the command line asks as it starts, before picocli builds its model.
     */
    public static void askPostconfEarly() {
        ServerDomains.askEarly();
    }

    /** Opens the inputs (a bad one fails before anything is read), reads them all and gives the analysis. */
    public static Analysis run(List<LogInput> inputs, Settings s, Consumer<MailLogs> onOpen) {
        // postconf takes some 20-40 ms to start and answer: it is asked while the logs are opened and their format
        // told, or earlier (askPostconfEarly)
        CompletableFuture<Set<String>> served = s.localDomains().isEmpty() ? ServerDomains.answer() : null;
        List<Rule> rules = List.of(new CompromisedAccounts(s.accounts()), new BruteForce(s.bruteForce()),
                new AuthAborts(s.authAborts()), new LocalScripts(s.localScripts()), new PasswordsSeenInLogs());
        Symptoms symptoms = new Symptoms();
        List<TrailObserver> observers = List.of(symptoms);
        MailLogs logs = new MailLogs(inputs, s.format(), s.zone(), Engine.reads(rules, observers));
        onOpen.accept(logs);
        LocalDomains local = served == null ? LocalDomains.of(s.localDomains(), "--local-domain")
                : learning(served.join());
        Engine engine = new Engine(rules, observers, local, s.ignored(), verdict -> { });
        logs.forEach(engine::accept);
        List<Analysis.Input> read = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            read.add(new Analysis.Input(inputs.get(i).name(), logs.formats().get(i)));
        }
        return new Analysis(read, logs.lines(), logs.bytesRead(), engine.events(), engine.first(),
                engine.events() == 0 ? null : engine.now(), s.zone(), logs.notUnderstood(), local.domains(),
                local.source(), rules(s), engine.findings(), symptoms);
    }

    private static LocalDomains learning(Set<String> fromPostconf) {
        return LocalDomains.learning(fromPostconf, fromPostconf.isEmpty() ? "" : "postconf");
    }

    /** The settings in words, printed with every report. */
    private static List<String> rules(Settings s) {
        return List.of(
                "brute force = " + s.bruteForce().maxretry() + " failed AUTH within "
                        + Numbers.duration(s.bruteForce().findtime()) + " from one IP",
                "aborted AUTH = " + s.authAborts().maxretry() + " sessions within " + Numbers.duration(s.authAborts().findtime()),
                "compromised account = " + s.accounts().maxrecipients() + "+ external recipients within "
                        + Numbers.duration(s.accounts().findtime()) + " with " + Math.round(s.accounts().forgedShare() * 100)
                        + " %+ forged MAIL FROM, " + Math.round(s.accounts().undeliverableShare() * 100)
                        + " %+ undeliverable or " + s.accounts().maxips() + "+ client IPs; or "
                        + s.accounts().maxmessages() + "+ messages within " + Numbers.duration(s.accounts().findtime()),
                "local script = " + s.localScripts().maxrecipients() + "+ external recipients within "
                        + Numbers.duration(s.localScripts().findtime()));
    }
}
