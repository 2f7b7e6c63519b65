package org.smtpsentry.net.egress;

import java.io.PrintWriter;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Palette;
import org.smtpsentry.text.Table;

/** Terminal and JSON forms of the rules and of a check; docs/egress.md documents the JSON. */
public final class EgressReport {
    private EgressReport() {
    }

    public static void rulesJson(EgressPolicy p, boolean applied, PrintWriter out) {
        JsonWriter j = new JsonWriter(out);
        j.beginObject();
        policy(j, p);
        j.field("applied", applied).field("script", EgressRules.script(p));
        j.endObject();
        j.finish();
    }

    public static void check(EgressCheck c, EgressPolicy p, PrintWriter out, Palette palette) {
        Table t = new Table("PORT", "DROPPED FOR OTHERS", "LOGGED", "MTA USER ALLOWED", "RELAY ALLOWED", "WHERE");
        for (EgressCheck.PortStatus s : c.ports()) {
            t.row(Integer.toString(s.port()), yes(s.dropped(), palette), s.dropped() ? yes(s.logged(), palette) : "",
                    s.dropped() ? yes(s.mtaAllowed(), palette) : "",
                    p.relays().isEmpty() ? "(no relay)" : s.dropped() ? yes(s.relaysAllowed(), palette) : "",
                    s.where() == null ? "" : s.where());
        }
        out.println("Outbound SMTP for user " + p.mtaUser() + " (uid " + p.mtaUid() + ")"
                + (p.relays().isEmpty() ? "" : " and to the relay " + String.join(", ", p.relays())) + " only:");
        out.print(t.render("  "));
        if (c.inPlace()) {
            out.println(palette.green("In place."));
        } else {
            out.println(palette.red("Not in place:"));
            for (String problem : c.problems()) {
                out.println("  " + problem);
            }
            out.println("Print the rules with `smtpsentry egress`, install them with `smtpsentry egress --apply`.");
        }
        out.flush();
    }

    public static void checkJson(EgressCheck c, EgressPolicy p, PrintWriter out) {
        JsonWriter j = new JsonWriter(out);
        j.beginObject();
        policy(j, p);
        j.field("in_place", c.inPlace());
        j.name("port_status").beginArray();
        for (EgressCheck.PortStatus s : c.ports()) {
            j.beginObject().field("port", s.port()).field("dropped", s.dropped()).field("where", s.where())
                    .field("logged", s.logged()).field("mta_allowed", s.mtaAllowed())
                    .field("relays_allowed", s.relaysAllowed()).endObject();
        }
        j.endArray();
        j.name("problems").beginArray();
        for (String problem : c.problems()) {
            j.value(problem);
        }
        j.endArray();
        j.endObject();
        j.finish();
    }

    private static void policy(JsonWriter j, EgressPolicy p) {
        j.field("mta_user", p.mtaUser()).field("mta_uid", p.mtaUid());
        j.name("relays").beginArray();
        for (String r : p.relays()) {
            j.value(r);
        }
        j.endArray();
        j.name("ports").beginArray();
        for (int port : p.ports()) {
            j.value(port);
        }
        j.endArray();
        j.field("table", "inet " + EgressPolicy.TABLE);
    }

    private static String yes(boolean b, Palette palette) {
        return b ? palette.green("yes") : palette.red("NO");
    }
}
