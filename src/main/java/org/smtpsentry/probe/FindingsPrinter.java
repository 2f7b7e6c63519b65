package org.smtpsentry.probe;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Palette;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

/**
 * Findings for a terminal (grouped by target, worst first within a target, a fix under each, colour on a TTY) and
 * as JSON objects; shared by {@code probe}, {@code dns} and {@code dnsbl}.
 */
public final class FindingsPrinter {
    private final Palette palette;
    private final boolean transcripts;

    /** {@code transcripts}: print each finding's send/expect lines under it. */
    public FindingsPrinter(Palette palette, boolean transcripts) {
        this.palette = palette;
        this.transcripts = transcripts;
    }

    public void print(PrintWriter out, List<ProbeFailure> findings) {
        for (String target : findings.stream().map(ProbeFailure::target).distinct().toList()) {
            out.println(palette.bold(target));
            for (ProbeFailure f : findings.stream().filter(f -> f.target().equals(target))
                    .sorted(Comparator.comparing(ProbeFailure::grade)).toList()) {
                out.println("  " + label(f.grade()) + "  " + pad(f.check()) + "  " + f.finding());
                if (!f.fix().isEmpty()) {
                    out.println("  " + " ".repeat(4) + "  " + pad("") + "  " + palette.dim("fix: ") + f.fix());
                }
                if (transcripts) {
                    for (String line : f.transcript()) {
                        out.println("  " + " ".repeat(4) + "  " + pad("") + "  " + palette.dim(line));
                    }
                }
            }
        }
        out.println(summary(findings));
    }

    public String summary(List<ProbeFailure> findings) {
        long fail = findings.stream().filter(f -> f.grade() == Grade.FAIL).count();
        long warn = findings.stream().filter(f -> f.grade() == Grade.WARN).count();
        long info = findings.size() - fail - warn;
        return "summary: " + (fail > 0 ? palette.red(fail + " fail") : "0 fail") + ", "
                + (warn > 0 ? palette.yellow(warn + " warn") : "0 warn") + ", " + info + " info";
    }

    /**
     * The closing fields of the JSON reports of {@code probe}, {@code dns} and {@code dnsbl}: "findings" (objects:
     * target, check, grade, finding, fix, transcript), "summary" (fail, warn, info counts) and "exit_status".
     */
    public static void jsonFields(JsonWriter json, List<ProbeFailure> findings, int exitStatus) {
        json.name("findings");
        json(json, findings);
        json.name("summary");
        jsonSummary(json, findings);
        json.field("exit_status", exitStatus);
    }

    private static void json(JsonWriter json, List<ProbeFailure> findings) {
        json.beginArray();
        for (ProbeFailure f : findings) {
            json.beginObject()
                    .field("target", f.target())
                    .field("check", f.check())
                    .field("grade", f.grade().name().toLowerCase(Locale.ROOT))
                    .field("finding", f.finding())
                    .field("fix", f.fix().isEmpty() ? null : f.fix());
            json.name("transcript").beginArray();
            for (String line : f.transcript()) {
                json.value(line);
            }
            json.endArray().endObject();
        }
        json.endArray();
    }

    private static void jsonSummary(JsonWriter json, List<ProbeFailure> findings) {
        json.beginObject();
        for (Grade grade : Grade.values()) {
            json.field(grade.name().toLowerCase(Locale.ROOT), findings.stream().filter(f -> f.grade() == grade).count());
        }
        json.endObject();
    }

    private String label(Grade grade) {
        return switch (grade) {
            case FAIL -> palette.red("FAIL");
            case WARN -> palette.yellow("warn");
            case INFO -> palette.dim("info");
        };
    }

    private static String pad(String check) {
        return String.format("%-16s", check);
    }
}
