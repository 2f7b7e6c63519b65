package org.smtpsentry.analysis;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * The domains a Postfix on this machine delivers to itself, from {@code postconf -xh}: mydestination and the
 * virtual and relay domain lists. Lookup tables (hash:..., mysql:...) and $names postconf cannot expand are left out.
 */
final class ServerDomains {
    private static final List<String> PARAMETERS =
            List.of("mydestination", "virtual_mailbox_domains", "virtual_alias_domains", "relay_domains");

    /** An answer asked for before the analysis needed it, not taken yet. */
    private static volatile CompletableFuture<Set<String>> asked;

    private ServerDomains() {
    }

    /** Starts asking postconf on another thread, for an analysis about to run. */
    static void askEarly() {
        asked = CompletableFuture.supplyAsync(ServerDomains::fromPostconf);
    }

    /** The answer asked for early, or asked for now; postconf's answer is the same for every analysis. */
    static CompletableFuture<Set<String>> answer() {
        CompletableFuture<Set<String>> early = asked;
        asked = null;
        return early != null ? early : CompletableFuture.supplyAsync(ServerDomains::fromPostconf);
    }

    /** The domains, or an empty set when no postconf answers here. */
    static Set<String> fromPostconf() {
        if (Programs.find("postconf").isEmpty()) {
            return Set.of();
        }
        List<String> argv = new java.util.ArrayList<>(List.of("postconf", "-xh"));
        argv.addAll(PARAMETERS);
        ProgramRun run;
        try {
            run = Programs.run(argv, Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            return Set.of();
        }
        Set<String> domains = new LinkedHashSet<>();
        if (run.succeeded()) {
            for (String token : run.stdoutText().split("[\\s,]+")) {
                if (!token.isEmpty() && !token.contains(":") && !token.contains("$") && !token.startsWith("/")
                        && token.contains(".") && !token.startsWith("localhost")) {
                    domains.add(token.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return domains;
    }
}
