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
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.MessageIdentified;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.logs.LogInput;
import org.smtpsentry.logs.MailLogs;
import org.smtpsentry.report.Symptoms;
import org.smtpsentry.verdict.Verdict;

/**
 * The kinds of event a rule reads are the ones the engine gives it, and the ones a log reader must make: the example
 * day read for those kinds only is analysed as when read whole.
 */
class EngineReadsTest {
    private static final LogInput EXAMPLE = LogInput.of("examples/compromised-day.log",
            Instant.parse("2026-11-20T00:00:00Z"));

    private static List<Rule> rules() {
        return List.of(new CompromisedAccounts(CompromisedAccounts.Settings.DEFAULT),
                new BruteForce(BruteForce.Settings.DEFAULT), new AuthAborts(AuthAborts.Settings.DEFAULT),
                new LocalScripts(LocalScripts.Settings.DEFAULT), new PasswordsSeenInLogs());
    }

    /** The findings and symptoms in words, of {@code events}. */
    private static String analysed(List<MailEvent> events) {
        Symptoms symptoms = new Symptoms();
        Engine engine = new Engine(rules(), List.of(symptoms), LocalDomains.learning(Set.of(), ""), IgnoreList.NONE,
                verdict -> { });
        events.forEach(engine::accept);
        return engine.findings() + "\n" + symptoms.hours() + "\n" + symptoms.topDomains(10);
    }

    private static List<MailEvent> events(MailLogs logs) {
        List<MailEvent> events = new ArrayList<>();
        logs.forEach(events::add);
        return events;
    }

    @Test
    void aRuleIsGivenTheKindsItReadsOnly() {
        List<MailEvent> seen = new ArrayList<>();
        Rule connects = new Rule() {
            @Override
            public Set<Class<? extends MailEvent>> reads() {
                return Set.of(Connect.class);
            }

            @Override
            public void observe(MailEvent event, Trail before, Detection detection) {
                seen.add(event);
            }

            @Override
            public List<Verdict> findings() {
                return List.of();
            }
        };
        Engine engine = new Engine(List.of(connects), List.of(), LocalDomains.learning(Set.of(), ""), IgnoreList.NONE,
                verdict -> { });
        List<MailEvent> every = events(new MailLogs(List.of(EXAMPLE), null, ZoneOffset.UTC));
        every.forEach(engine::accept);
        assertTrue(every.stream().anyMatch(Disconnect.class::isInstance));
        assertEquals(every.stream().filter(Connect.class::isInstance).toList(), seen);
        assertEquals(every.size(), engine.events(), "the engine's clock and count see every event");
    }

    @Test
    void theExampleReadForTheKindsTheRulesReadIsAnalysedAsWhenReadWhole() {
        MailLogs whole = new MailLogs(List.of(EXAMPLE), null, ZoneOffset.UTC);
        List<MailEvent> every = events(whole);
        Set<Class<? extends MailEvent>> read = Engine.reads(rules(), List.of(new Symptoms()));
        for (Class<?> leftOut : List.of(TlsStarted.class, Reject.class, MessageIdentified.class)) {
            assertFalse(read.contains(leftOut), leftOut.getSimpleName() + " is read by none");
            assertTrue(every.stream().anyMatch(leftOut::isInstance), "the example has " + leftOut.getSimpleName());
        }
        MailLogs some = new MailLogs(List.of(EXAMPLE), null, ZoneOffset.UTC, read);
        List<MailEvent> kept = events(some);

        assertTrue(kept.size() < every.size(), kept.size() + " of " + every.size());
        assertEquals(every.stream().filter(e -> read.contains(e.getClass())).map(MailEvent::origin).toList(),
                kept.stream().filter(e -> read.contains(e.getClass())).map(MailEvent::origin).toList());
        assertEquals(whole.notUnderstood().total(), some.notUnderstood().total());
        assertEquals(whole.lines(), some.lines());
        String fromEvery = analysed(every);
        assertTrue(fromEvery.contains("CompromisedAccount[") && fromEvery.contains("AttackingIp["), fromEvery);
        assertEquals(fromEvery, analysed(kept));
    }
}
