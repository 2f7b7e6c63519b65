package org.smtpsentry.audit.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smtpsentry.exec.Programs;
import org.smtpsentry.verdict.ConfigGap;

/** `audit config`: reads an MTA's settings and runs its checks; gaps most severe first. */
public final class ConfigAudit {
    /** Gaps found, the places read, and what could not be checked from that input. */
    public record Result(String mta, String source, List<ConfigGap> gaps, List<String> notCheckable) {
        public Result {
            gaps = List.copyOf(gaps);
            notCheckable = List.copyOf(notCheckable);
        }
    }

    private ConfigAudit() {
    }

    /**
     * Postfix: through postconf (with -c when {@code dir} is given) unless {@code filesOnly} or postconf is
     * missing, in which case {@code dir}'s main.cf and master.cf are parsed directly.
     */
    public static Result postfix(Path dir, boolean filesOnly) {
        PostfixSettings settings;
        List<String> notes = new ArrayList<>();
        if (!filesOnly && Programs.find("postconf").isPresent()) {
            settings = PostfixFiles.fromPostconf(dir);
        } else {
            Path d = dir != null ? dir : Path.of("/etc/postfix");
            settings = PostfixFiles.fromFiles(d);
            notes.add("read main.cf and master.cf directly, not through postconf: defaults are Postfix 3.7's");
        }
        List<ConfigGap> gaps = new ArrayList<>();
        for (PostfixCheck check : PostfixCheck.ALL) {
            gaps.addAll(check.check(settings));
        }
        return new Result("postfix", settings.source(), sorted(gaps), notes);
    }

    /** Exim: a file holding {@code exim -bP} output. */
    public static Result exim(Path bpOutput) {
        EximSettings settings = EximSettings.read(bpOutput);
        return new Result("exim", settings.source(), sorted(EximChecks.check(settings)), EximChecks.notCheckable());
    }

    private static List<ConfigGap> sorted(List<ConfigGap> gaps) {
        List<ConfigGap> out = new ArrayList<>(gaps);
        out.sort(Comparator.comparing(ConfigGap::severity).reversed());
        return out;
    }
}
