package org.smtpsentry.report;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.smtpsentry.event.Origin;
import org.smtpsentry.logs.NotUnderstood;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.verdict.AbusedLocalScript;
import org.smtpsentry.verdict.AttackingIp;
import org.smtpsentry.verdict.CompromisedAccount;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.Span;
import org.smtpsentry.verdict.Traffic;
import org.smtpsentry.verdict.Verdict;
import org.smtpsentry.verdict.WeakCredential;

/** The analyze report as JSON, schema "smtpsentry.analyze/1" (docs/analyze.md documents every field). */
public final class JsonReport {
    public static final String SCHEMA = "smtpsentry.analyze/1";

    public void print(Analysis a, Writer out) {
        JsonWriter j = new JsonWriter(out);
        ServerKind server = ServerKind.of(a.inputs());
        j.beginObject();
        j.field("schema", SCHEMA);
        j.name("inputs").beginArray();
        for (Analysis.Input in : a.inputs()) {
            j.beginObject().field("name", in.name()).field("format", in.format()).endObject();
        }
        j.endArray();
        j.field("lines", a.lines()).field("bytes", a.bytes()).field("events", a.events());
        j.field("first", a.first()).field("last", a.last()).field("zone", a.zone().getId());
        j.name("localDomains").beginObject().field("source", a.localDomainsSource());
        strings(j, "domains", a.localDomains().stream().sorted().toList());
        j.endObject();

        j.name("compromisedAccounts").beginArray();
        java.util.Set<String> attackers = new java.util.HashSet<>();
        a.verdictsOf(AttackingIp.class).forEach(ip -> attackers.add(ip.ip()));
        for (CompromisedAccount c : a.verdictsOf(CompromisedAccount.class)) {
            account(j, c, attackers, server);
        }
        j.endArray();
        j.name("attackingIps").beginArray();
        for (AttackingIp ip : a.verdictsOf(AttackingIp.class)) {
            attacker(j, ip, server);
        }
        j.endArray();
        j.name("localScripts").beginArray();
        for (AbusedLocalScript s : a.verdictsOf(AbusedLocalScript.class)) {
            script(j, s, server);
        }
        j.endArray();

        j.name("weakPasswords").beginArray();
        for (WeakCredential w : a.verdictsOf(WeakCredential.class)) {
            j.beginObject().field("login", w.login()).field("weakness", w.rule());
            closing(j, w, w.evidence(), server);
        }
        j.endArray();

        symptoms(j, a);
        strings(j, "rules", a.rules());
        notUnderstood(j, a.notUnderstood());
        j.endObject();
        j.finish();
    }

    private static void account(JsonWriter j, CompromisedAccount c, java.util.Set<String> attackers,
                                ServerKind server) {
        j.beginObject().field("login", c.login());
        span(j, c.span());
        traffic(j, c.traffic());
        j.field("peakPerHour", c.peakPerHour()).field("usualPerHour", c.usualPerHour());
        j.name("ips").beginArray();
        for (CompromisedAccount.ClientIp ip : c.ips()) {
            j.beginObject().field("ip", ip.ip()).field("messages", ip.messages()).field("new", ip.isNew())
                    .field("attacker", attackers.contains(ip.ip())).endObject();
        }
        j.endArray();
        strings(j, "reasons", c.reasons());
        closing(j, c, c.evidence(), server);
    }

    private static void attacker(JsonWriter j, AttackingIp ip, ServerKind server) {
        j.beginObject().field("ip", ip.ip())
                .field("attack", ip.attack() == AttackingIp.Attack.BRUTE_FORCE ? "brute-force" : "auth-aborts");
        span(j, ip.span());
        j.field("attempts", ip.attempts()).field("distinctUsers", ip.distinctUsers());
        strings(j, "usersTried", ip.usersTried());
        strings(j, "loginsAfter", ip.loginsAfter());
        j.field("successesWithoutName", ip.successesWithoutName()).field("credentialsFound", ip.credentialsFound());
        closing(j, ip, ip.evidence(), server);
    }

    private static void script(JsonWriter j, AbusedLocalScript s, ServerKind server) {
        j.beginObject().field("uid", s.uid()).field("user", s.user());
        span(j, s.span());
        traffic(j, s.traffic());
        counts(j, "senders", s.senders());
        strings(j, "reasons", s.reasons());
        closing(j, s, s.evidence(), server);
    }

    private static void span(JsonWriter j, Span s) {
        j.field("first", s.first()).field("flagged", s.flagged()).field("last", s.last());
    }

    private static void traffic(JsonWriter j, Traffic t) {
        j.field("messages", t.messages()).field("recipients", t.recipients())
                .field("recipientDomains", t.recipientDomains()).field("externalRecipients", t.externalRecipients())
                .field("undeliverable", t.undeliverable()).field("forgedSender", t.forgedSender());
        counts(j, "topDomains", t.topDomains());
    }

    private static void closing(JsonWriter j, Verdict v, Evidence e, ServerKind server) {
        j.name("evidence").beginArray();
        for (Origin o : e.samples()) {
            j.beginObject().field("place", o.place()).field("line", o.text() == null ? null : Secrets.mask(o.text()))
                    .endObject();
        }
        j.endArray();
        strings(j, "nextSteps", NextSteps.of(v, server));
        j.endObject();
    }

    private static void symptoms(JsonWriter j, Analysis a) {
        j.name("symptoms").beginObject();
        j.name("hours").beginArray();
        for (Symptoms.Hour h : a.symptoms().hours()) {
            j.beginObject().field("start", h.start()).field("sessions", h.sessions())
                    .field("authFailures", h.authFailures()).field("accepted", h.accepted())
                    .field("delivered", h.delivered()).field("deferred", h.deferred()).field("bounced", h.bounced())
                    .field("removed", h.removed()).field("queueGrowth", h.queueGrowth()).endObject();
        }
        j.endArray();
        j.name("topRecipientDomains").beginArray();
        for (Map.Entry<String, Long> e : a.symptoms().topDomains(20)) {
            j.beginObject().field("domain", e.getKey()).field("recipients", e.getValue()).endObject();
        }
        j.endArray();
        j.endObject();
    }

    private static void notUnderstood(JsonWriter j, NotUnderstood n) {
        j.name("notUnderstood").beginObject().field("total", n.total()).field("first", n.first());
        j.name("kinds").beginArray();
        for (NotUnderstood.Kind k : n.kinds()) {
            j.beginObject().field("kind", k.kind()).field("count", k.count()).field("first", k.first()).endObject();
        }
        j.endArray().endObject();
    }

    private static void counts(JsonWriter j, String name, List<Traffic.Count> counts) {
        j.name(name).beginArray();
        for (Traffic.Count c : counts) {
            j.beginObject().field("name", c.name()).field("count", c.count()).endObject();
        }
        j.endArray();
    }

    private static void strings(JsonWriter j, String name, List<String> values) {
        j.name(name).beginArray();
        for (String v : values) {
            j.value(v);
        }
        j.endArray();
    }
}
