package org.smtpsentry.report;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.smtpsentry.event.Origin;
import org.smtpsentry.logs.NotUnderstood;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Palette;
import org.smtpsentry.text.Table;
import org.smtpsentry.verdict.AbusedLocalScript;
import org.smtpsentry.verdict.AttackingIp;
import org.smtpsentry.verdict.CompromisedAccount;
import org.smtpsentry.verdict.Traffic;
import org.smtpsentry.verdict.Verdict;
import org.smtpsentry.verdict.WeakCredential;

/** The analyze report for a person at a terminal: findings first, with their evidence and next steps. */
public final class TerminalReport {
    private final Palette p;

    public TerminalReport(Palette palette) {
        this.p = palette;
    }

    public void print(Analysis a, PrintWriter out) {
        ZoneId zone = a.zone();
        ServerKind server = ServerKind.of(a.inputs());
        out.println(p.bold("smtpsentry analyze") + ": " + Numbers.count(a.lines()) + " lines in " + a.inputs().size()
                + (a.inputs().size() == 1 ? " file" : " files") + ", " + Numbers.count(a.events()) + " events"
                + (a.first() == null ? "" : ", " + Times.span(a.first(), a.last(), zone) + " (" + zone + ")"));
        out.println("Local domains: " + (a.localDomains().isEmpty() ? "none known" :
                String.join(", ", a.localDomains().stream().sorted().toList())) + " (from " + a.localDomainsSource()
                + ")");
        out.println();

        List<CompromisedAccount> accounts = a.verdictsOf(CompromisedAccount.class);
        List<AttackingIp> bruteForce = a.verdictsOf(AttackingIp.class).stream()
                .filter(ip -> ip.attack() == AttackingIp.Attack.BRUTE_FORCE).toList();
        List<AttackingIp> aborts = a.verdictsOf(AttackingIp.class).stream()
                .filter(ip -> ip.attack() == AttackingIp.Attack.AUTH_ABORTS).toList();
        List<AbusedLocalScript> scripts = a.verdictsOf(AbusedLocalScript.class);
        List<WeakCredential> weak = a.verdictsOf(WeakCredential.class);

        if (a.verdicts().isEmpty()) {
            out.println(p.green("No abuse found.") + " No account, IP or local user crossed the thresholds below.");
            out.println();
        }
        if (!accounts.isEmpty()) {
            heading(out, "Compromised accounts", accounts.size());
            java.util.Set<String> attackers = new java.util.HashSet<>();
            a.verdictsOf(AttackingIp.class).forEach(ip -> attackers.add(ip.ip()));
            for (CompromisedAccount c : accounts) {
                account(c, attackers, zone, server, out);
            }
        }
        if (!bruteForce.isEmpty()) {
            heading(out, "Brute-force sources", bruteForce.size());
            Table t = new Table("IP", "failed AUTH", "users tried", "first – last", "then logged in as");
            for (AttackingIp ip : bruteForce) {
                t.row(ip.ip(), Numbers.count(ip.attempts()), Numbers.count(ip.distinctUsers()),
                        Times.span(ip.span().first(), ip.span().last(), zone), found(ip));
            }
            out.print(t.render("  "));
            out.println();
            for (AttackingIp ip : bruteForce) {
                details(ip, server, out);
            }
        }
        if (!aborts.isEmpty()) {
            heading(out, "Aborted AUTH sessions", aborts.size());
            Table t = new Table("IP", "aborted sessions", "first – last");
            for (AttackingIp ip : aborts) {
                t.row(ip.ip(), Numbers.count(ip.attempts()), Times.span(ip.span().first(), ip.span().last(), zone));
            }
            out.print(t.render("  "));
            out.println();
            for (AttackingIp ip : aborts) {
                details(ip, server, out);
            }
        }
        if (!scripts.isEmpty()) {
            heading(out, "Local script spam", scripts.size());
            for (AbusedLocalScript s : scripts) {
                script(s, zone, server, out);
            }
        }
        if (!weak.isEmpty()) {
            heading(out, "Weak passwords seen in the logs", weak.size());
            for (WeakCredential w : weak) {
                out.println("  " + p.bold(w.login()) + ": " + w.rule());
                evidence(w.evidence().samples(), out);
                steps(w, server, out);
            }
        }
        symptoms(a, out);
        rules(a, out);
        notUnderstood(a.notUnderstood(), out);
        out.flush();
    }

    private void heading(PrintWriter out, String title, int n) {
        out.println(p.bold(p.red(title.toUpperCase(java.util.Locale.ROOT) + " (" + n + ")")));
    }

    private void account(CompromisedAccount c, java.util.Set<String> attackers, ZoneId zone, ServerKind server,
                         PrintWriter out) {
        Traffic t = c.traffic();
        out.println("  " + p.bold(c.login()) + "  active " + Times.span(c.span().first(), c.span().last(), zone)
                + ", flagged " + Times.full(c.span().flagged(), zone));
        out.println("    " + Numbers.count(t.messages()) + " messages to " + Numbers.count(t.recipients())
                + " recipients in " + Numbers.count(t.recipientDomains()) + " domains; "
                + Numbers.percent(t.externalRecipients(), t.recipients()) + " external, "
                + Numbers.percent(t.undeliverable(), t.recipients()) + " deferred or bounced, "
                + Numbers.percent(t.forgedSender(), t.messages()) + " with a MAIL FROM that is not the login");
        out.println("    peak " + Numbers.count(c.peakPerHour()) + " messages/hour; usual "
                + (c.usualPerHour() == 0 ? "none (no mail before the abuse)" :
                String.format(java.util.Locale.ROOT, "%.1f/hour", c.usualPerHour())));
        StringBuilder ips = new StringBuilder();
        for (CompromisedAccount.ClientIp ip : c.ips().stream().limit(8).toList()) {
            if (!ips.isEmpty()) {
                ips.append(", ");
            }
            String kind = attackers.contains(ip.ip()) ? p.red("attacker") : ip.isNew() ? p.yellow("new") : "usual";
            ips.append(ip.ip()).append(" (").append(kind).append(", ")
                    .append(Numbers.count(ip.messages())).append(" msg)");
        }
        if (c.ips().size() > 8) {
            ips.append(", and ").append(c.ips().size() - 8).append(" more");
        }
        out.println("    logged in from " + ips);
        if (!t.topDomains().isEmpty()) {
            out.println("    top recipient domains: " + counts(t.topDomains()));
        }
        out.println("    why: " + String.join("; ", c.reasons()));
        evidence(c.evidence().samples(), out);
        steps(c, server, out);
    }

    private void script(AbusedLocalScript s, ZoneId zone, ServerKind server, PrintWriter out) {
        Traffic t = s.traffic();
        out.println("  " + p.bold(s.subject()) + "  active " + Times.span(s.span().first(), s.span().last(), zone)
                + ", flagged " + Times.full(s.span().flagged(), zone));
        out.println("    " + Numbers.count(t.messages()) + " messages submitted locally to "
                + Numbers.count(t.recipients()) + " recipients; " + Numbers.percent(t.externalRecipients(),
                t.recipients()) + " external, " + Numbers.percent(t.undeliverable(), t.recipients())
                + " deferred or bounced");
        if (!s.senders().isEmpty()) {
            out.println("    envelope senders: " + counts(s.senders()));
        }
        out.println("    why: " + String.join("; ", s.reasons()));
        evidence(s.evidence().samples(), out);
        steps(s, server, out);
    }

    private void details(AttackingIp ip, ServerKind server, PrintWriter out) {
        out.println("  " + p.bold(ip.ip()) + (ip.usersTried().isEmpty() ? "" :
                ": tried " + String.join(", ", ip.usersTried().stream().limit(10).toList())
                        + (ip.distinctUsers() > 10 ? ", ..." : "")));
        evidence(ip.evidence().samples(), out);
        steps(ip, server, out);
    }

    private String found(AttackingIp ip) {
        if (!ip.loginsAfter().isEmpty()) {
            return p.red(String.join(", ", ip.loginsAfter()));
        }
        if (ip.successesWithoutName() > 0) {
            return p.red(ip.successesWithoutName() + " login(s), name not logged");
        }
        return "-";
    }

    private void evidence(List<Origin> samples, PrintWriter out) {
        if (samples.isEmpty()) {
            return;
        }
        out.println("    evidence:");
        for (Origin o : samples) {
            out.println("      " + p.dim(o.place()) + "  " + (o.text() == null ? "" : Secrets.mask(o.text())));
        }
    }

    private void steps(Verdict v, ServerKind server, PrintWriter out) {
        out.println("    next steps:");
        int i = 1;
        for (String step : NextSteps.of(v, server)) {
            out.println("      " + i++ + ". " + step);
        }
        out.println();
    }

    private void symptoms(Analysis a, PrintWriter out) {
        List<Symptoms.Hour> hours = a.symptoms().hours();
        if (hours.isEmpty()) {
            return;
        }
        out.println(p.bold("SYMPTOMS PER HOUR"));
        Table t = new Table("hour", "sessions", "AUTH failed", "accepted", "delivered", "deferred", "bounced",
                "queue growth");
        long accepted = 0;
        long deferred = 0;
        long attempts = 0;
        long growth = 0;
        for (Symptoms.Hour h : hours) {
            growth += h.queueGrowth();
            t.row(Times.hour(h.start(), a.zone()), Numbers.count(h.sessions()), Numbers.count(h.authFailures()),
                    Numbers.count(h.accepted()), Numbers.count(h.delivered()), Numbers.count(h.deferred()),
                    Numbers.count(h.bounced()), (h.queueGrowth() > 0 ? "+" : "") + Numbers.count(h.queueGrowth()));
            accepted += h.accepted();
            deferred += h.deferred();
            attempts += h.delivered() + h.deferred() + h.bounced();
        }
        out.print(t.render("  "));
        out.println("  " + Numbers.count(accepted) + " messages accepted; " + Numbers.percent(deferred, attempts)
                + " of delivery attempts deferred; " + (growth >= 0 ? "the queue grew by " + Numbers.count(growth)
                : "the queue shrank by " + Numbers.count(-growth)) + " messages (accepted minus removed)");
        List<Map.Entry<String, Long>> top = a.symptoms().topDomains(10);
        if (!top.isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, Long> e : top) {
                b.append(b.isEmpty() ? "" : ", ").append(e.getKey()).append(" ").append(Numbers.count(e.getValue()));
            }
            out.println("  top recipient domains: " + b);
        }
        out.println();
    }

    private void rules(Analysis a, PrintWriter out) {
        out.println(p.dim("Rules: " + String.join("; ", a.rules())));
    }

    private void notUnderstood(NotUnderstood n, PrintWriter out) {
        if (n.total() == 0) {
            return;
        }
        out.println(p.yellow(Numbers.count(n.total()) + " lines not understood") + ", first at "
                + n.first() + ":");
        for (NotUnderstood.Kind k : n.kinds().stream().limit(10).toList()) {
            out.println("  " + Numbers.count(k.count()) + " × " + k.kind() + " (first at " + k.first() + ")");
        }
    }

    private static String counts(List<Traffic.Count> counts) {
        StringBuilder b = new StringBuilder();
        for (Traffic.Count c : counts) {
            b.append(b.isEmpty() ? "" : ", ").append(c.name()).append(" ").append(Numbers.count(c.count()));
        }
        return b.toString();
    }
}
