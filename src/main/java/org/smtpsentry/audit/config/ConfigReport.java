package org.smtpsentry.audit.config;

import java.io.PrintWriter;
import java.util.Locale;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Palette;
import org.smtpsentry.verdict.ConfigGap;

/** `audit config` as a terminal report (one block per gap) or JSON. */
public record ConfigReport(ConfigAudit.Result result) {

    public void printText(PrintWriter out, Palette palette) {
        out.println(palette.bold("Configuration audit") + " of " + result.mta() + " (" + result.source() + "): "
                + result.gaps().size() + " gaps");
        for (ConfigGap g : result.gaps()) {
            out.println();
            String sev = g.severity().name();
            String colored = switch (g.severity()) {
                case CRITICAL, HIGH -> palette.red(sev);
                case MEDIUM -> palette.yellow(sev);
                case LOW -> palette.dim(sev);
            };
            out.println(colored + "  " + palette.bold(g.check()) + "  listener " + g.listener());
            out.println("  " + g.finding());
            out.println("  why: " + g.why());
            out.println("  fix: " + g.fix());
        }
        for (String note : result.notCheckable()) {
            out.println();
            out.println(palette.dim("note: " + note));
        }
        if (result.gaps().isEmpty()) {
            out.println(palette.green("No configuration gap found."));
        }
        out.flush();
    }

    public void printJson(PrintWriter out) {
        JsonWriter json = new JsonWriter(out).beginObject().field("command", "audit config")
                .field("mta", result.mta()).field("source", result.source())
                .field("findings", !result.gaps().isEmpty());
        json.name("gaps").beginArray();
        for (ConfigGap g : result.gaps()) {
            json.beginObject().field("check", g.check()).field("severity", g.severity().name().toLowerCase(Locale.ROOT))
                    .field("listener", g.listener()).field("finding", g.finding()).field("why", g.why())
                    .field("fix", g.fix()).endObject();
        }
        json.endArray().name("not_checkable").beginArray();
        result.notCheckable().forEach(json::value);
        json.endArray().endObject().finish();
    }
}
