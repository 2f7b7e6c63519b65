package org.smtpsentry.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smtpsentry.detect.rules.AuthAborts;
import org.smtpsentry.detect.rules.BruteForce;
import org.smtpsentry.detect.rules.CompromisedAccounts;
import org.smtpsentry.detect.rules.LocalScripts;
import org.smtpsentry.detect.rules.PasswordsSeenInLogs;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.event.trail.TrailObserver;
import org.smtpsentry.logs.LogInput;
import org.smtpsentry.logs.MailLogs;
import org.smtpsentry.report.Symptoms;

/**
 * The kinds of event the rules say they read are all they need: the example day analysed from only those events
 * gives the findings and symptoms it gives from every event, so a log reader may leave the other kinds out.
 */
class EngineReadsTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-20T00:00:00Z");

    private static List<Rule> rules() {
        return List.of(new CompromisedAccounts(CompromisedAccounts.Settings.DEFAULT),
                new BruteForce(BruteForce.Settings.DEFAULT), new AuthAborts(AuthAborts.Settings.DEFAULT),
                new LocalScripts(LocalScripts.Settings.DEFAULT), new PasswordsSeenInLogs());
    }

    /** The findings and symptoms in words, of {@code events}. */
    private static String analysed(List<MailEvent> events) {
        List<Rule> rules = rules();
        Symptoms symptoms = new Symptoms();
        Engine engine = new Engine(rules, List.of(symptoms), LocalDomains.learning(Set.of(), ""), IgnoreList.NONE,
                verdict -> { });
        events.forEach(engine::accept);
        return engine.findings() + "\n" + symptoms.hours() + "\n" + symptoms.topDomains(10);
    }

    @Test
    void theExampleDayFromTheKindsReadOnlyIsAnalysedAsFromEveryEvent() {
        List<MailEvent> every = new ArrayList<>();
        new MailLogs(List.of(LogInput.of("examples/compromised-day.log", WRITTEN)), null, ZoneOffset.UTC)
                .forEach(every::add);
        List<TrailObserver> observers = List.of(new Symptoms());
        Set<Class<? extends MailEvent>> read = Engine.reads(rules(), observers);
        for (Class<?> leftOut : List.of(TlsStarted.class, Reject.class, MessageIdentified.class)) {
            assertFalse(read.contains(leftOut), leftOut.getSimpleName() + " is read by none");
            assertTrue(every.stream().anyMatch(leftOut::isInstance), "the example has " + leftOut.getSimpleName());
        }
        List<MailEvent> readOnly = every.stream().filter(e -> read.contains(e.getClass())).toList();

        String fromEvery = analysed(every);
        assertTrue(fromEvery.contains("CompromisedAccount[") && fromEvery.contains("AttackingIp["), fromEvery);
        assertEquals(fromEvery, analysed(readOnly));
    }

    @Test
    void aLogReadForSomeKindsLeavesTheOthersOutAndUnderstandsTheSameLines() {
        LogInput example = LogInput.of("examples/compromised-day.log", WRITTEN);
        MailLogs all = new MailLogs(List.of(example), null, ZoneOffset.UTC);
        List<MailEvent> every = new ArrayList<>();
        all.forEach(every::add);
        Set<Class<? extends MailEvent>> read = Engine.reads(rules(), List.of(new Symptoms()));
        MailLogs some = new MailLogs(List.of(example), null, ZoneOffset.UTC, read);
        List<MailEvent> kept = new ArrayList<>();
        some.forEach(kept::add);

        assertEquals(every.stream().filter(e -> read.contains(e.getClass())).map(MailEvent::origin).toList(),
                kept.stream().filter(e -> read.contains(e.getClass())).map(MailEvent::origin).toList());
        assertTrue(kept.size() < every.size(), kept.size() + " of " + every.size());
        assertEquals(all.notUnderstood().total(), some.notUnderstood().total());
        assertEquals(all.lines(), some.lines());
    }
}
