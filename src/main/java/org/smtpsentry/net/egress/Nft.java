package org.smtpsentry.net.egress;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/** Runs nft through {@link Programs}, on this machine or inside a network namespace ({@code ip netns exec NS}). */
public final class Nft {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final List<String> prefix;

    private Nft(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
    }

    public static Nft here() {
        return new Nft(List.of("nft"));
    }

    /** nft inside the named network namespace; the name is checked as iproute2 would accept it. */
    public static Nft inNamespace(String name) {
        if (!name.matches("[A-Za-z0-9_.-]{1,64}") || name.startsWith(".")) {
            throw new UserError("--netns: \"" + name + "\" is not a network namespace name; nothing done");
        }
        return new Nft(List.of("ip", "netns", "exec", name, "nft"));
    }

    /** Loads a script atomically ({@code nft -f -}); nft's complaint becomes a {@link UserError}. */
    void load(String script) {
        ProgramRun run = Programs.run(argv("-f", "-"), script.getBytes(StandardCharsets.UTF_8), TIMEOUT);
        if (!run.succeeded()) {
            throw new UserError("nft -f -: the rules were refused: " + run.stderrText().strip().replace('\n', ' ')
                    + "; nothing changed");
        }
    }

    /** The ruleset as JSON ({@code nft -j list ruleset}). */
    String rulesetJson() {
        ProgramRun run = Programs.run(argv("-j", "list", "ruleset"), TIMEOUT);
        if (!run.succeeded()) {
            throw new UserError("nft -j list ruleset: " + run.stderrText().strip().replace('\n', ' ')
                    + "; run as root; nothing checked");
        }
        return run.stdoutText();
    }

    private List<String> argv(String... args) {
        List<String> argv = new ArrayList<>(prefix);
        argv.addAll(List.of(args));
        return argv;
    }
}
