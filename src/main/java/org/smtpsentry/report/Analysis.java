package org.smtpsentry.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.smtpsentry.logs.NotUnderstood;
import org.smtpsentry.verdict.Verdict;

/**
 * Everything an analyze report shows: what was read, the verdicts, the symptoms, and the rules' settings so the
 * reader knows what "flagged" meant. {@code first}/{@code last} are null when no event was found.
 */
public record Analysis(List<Input> inputs, long lines, long bytes, long events, Instant first, Instant last,
                       ZoneId zone, NotUnderstood notUnderstood, Set<String> localDomains, String localDomainsSource,
                       List<String> rules, List<Verdict> verdicts, Symptoms symptoms) {

    /** One input and the format it was read as. */
    public record Input(String name, String format) {
    }

    public Analysis {
        inputs = List.copyOf(inputs);
        localDomains = Set.copyOf(localDomains);
        rules = List.copyOf(rules);
        verdicts = List.copyOf(verdicts);
    }

    public <T extends Verdict> List<T> verdictsOf(Class<T> kind) {
        return verdicts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
