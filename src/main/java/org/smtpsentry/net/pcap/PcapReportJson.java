package org.smtpsentry.net.pcap;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.smtpsentry.text.JsonWriter;

/** The {@code --json} form of {@link PcapReport}; docs/pcap.md documents the schema. */
public final class PcapReportJson {
    private PcapReportJson() {
    }

    public static void write(PcapReport report, Writer out, boolean showPasswords) {
        JsonWriter j = new JsonWriter(out);
        j.beginObject();
        j.name("captures").beginArray();
        for (PcapReport.CaptureRead c : report.captures()) {
            j.beginObject().field("file", c.file()).field("packets", c.packets()).field("bytes", c.bytes())
                    .field("damage", c.damage()).endObject();
        }
        j.endArray();
        j.name("relays").beginArray();
        for (String r : report.relays()) {
            j.value(r);
        }
        j.endArray();
        j.field("relays_given", report.relaysGiven());
        j.field("sessions", report.sessions());
        j.field("external_client_sessions", report.externalClientSessions());
        j.name("hosts").beginArray();
        for (PcapReport.Host h : report.hosts()) {
            j.beginObject()
                    .field("address", h.address().toString())
                    .field("bypasses_relay", h.bypassesRelay())
                    .field("sessions", h.sessions())
                    .field("answered", h.answered())
                    .field("encrypted", h.encrypted())
                    .field("partial", h.partial())
                    .field("servers", h.servers())
                    .field("direct_servers", h.directServers())
                    .field("relay_sessions", h.relaySessions())
                    .field("direct_sessions", h.directSessions())
                    .field("sessions_per_minute", h.sessionsPerMinute())
                    .field("first", h.first())
                    .field("last", h.last())
                    .field("mail_from", h.mailFrom())
                    .field("recipients", h.recipients())
                    .field("recipients_accepted", h.recipientsAccepted())
                    .field("messages", h.messages());
            counted(j, "greetings", h.greetings());
            counted(j, "refusals", h.refusals());
            counted(j, "top_servers", h.topServers());
            counted(j, "senders", h.senders());
            counted(j, "helo_names", h.heloNames());
            j.endObject();
        }
        j.endArray();
        j.name("credentials").beginArray();
        for (Credential c : report.credentials()) {
            j.beginObject()
                    .field("time", c.time())
                    .field("client", c.client().toString())
                    .field("server", c.server().toString())
                    .field("port", c.serverPort())
                    .field("mechanism", c.mechanism())
                    .field("account", c.account())
                    .field("password", c.password() == null ? null : showPasswords ? c.password() : PcapReportText.MASK)
                    .field("outcome", c.outcome().name().toLowerCase(Locale.ROOT))
                    .field("exposed_on_the_wire", true)
                    .endObject();
        }
        j.endArray();
        j.name("skipped").beginArray();
        for (Oddities.Tally t : report.skipped()) {
            j.beginObject().field("kind", t.kind().name().toLowerCase(Locale.ROOT))
                    .field("description", t.kind().description()).field("count", t.count())
                    .field("first", t.firstSeen()).endObject();
        }
        j.endArray();
        j.endObject();
        j.finish();
    }

    private static void counted(JsonWriter j, String name, List<PcapReport.Counted> items) {
        j.name(name).beginArray();
        for (PcapReport.Counted c : items) {
            j.beginObject().field("text", c.text()).field("count", c.count()).endObject();
        }
        j.endArray();
    }
}
