package org.smtpsentry.report;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.verdict.AbusedLocalScript;
import org.smtpsentry.verdict.AttackingIp;
import org.smtpsentry.verdict.CompromisedAccount;
import org.smtpsentry.verdict.ConfigGap;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.Verdict;
import org.smtpsentry.verdict.WeakCredential;

/**
 * The analyze report as one self-contained HTML page (inline CSS and SVG, no script, nothing fetched), for sending
 * to a manager: the findings, a timeline of messages per hour of each flagged account, and AUTH failures per hour.
 */
public final class HtmlReport {
    private static final String[] COLOURS = {"#c0392b", "#2471a3", "#b9770e", "#7d3c98", "#138d75", "#566573"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 220;
    /** Two months of hours at most on one chart; a longer period is cut at its start plus that. */
    private static final int MAX_HOURS = 24 * 62;

    public void print(Analysis a, PrintWriter out) {
        ZoneId zone = a.zone();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>smtpsentry: mail server abuse report</title>");
        out.println("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1000px}"
                + "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}"
                + "table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .6em;text-align:left;"
                + "border-bottom:1px solid #eee}td.n{text-align:right}.bad{color:#c0392b;font-weight:bold}"
                + ".muted{color:#777}ul{margin:.3em 0}svg text{font-size:11px;fill:#444}</style></head><body>");
        out.println("<h1>Mail server abuse report</h1>");
        out.println("<p class=\"muted\">" + esc(Numbers.count(a.lines())) + " log lines, "
                + (a.first() == null ? "no events" : esc(Times.span(a.first(), a.last(), zone)) + " (" + esc(zone.getId()) + ")")
                + ". Local domains: " + esc(String.join(", ", a.localDomains().stream().sorted().toList())) + ".</p>");

        List<CompromisedAccount> accounts = a.verdictsOf(CompromisedAccount.class);
        out.println("<h2>Summary</h2><ul>");
        out.println("<li>" + count(accounts.size(), "compromised account", "compromised accounts") + "</li>");
        out.println("<li>" + count(a.verdictsOf(AttackingIp.class).size(), "attacking IP address",
                "attacking IP addresses") + "</li>");
        out.println("<li>" + count(a.verdictsOf(AbusedLocalScript.class).size(), "abused local script",
                "abused local scripts") + "</li></ul>");

        if (!accounts.isEmpty()) {
            out.println("<h2>Messages per hour of the compromised accounts</h2>");
            Map<String, Map<Instant, Integer>> series = new TreeMap<>();
            for (CompromisedAccount c : accounts) {
                series.put(c.login(), c.messagesPerHour());
            }
            chart(series, a, out);
        }
        Map<Instant, Integer> failures = new TreeMap<>();
        for (Symptoms.Hour h : a.symptoms().hours()) {
            failures.put(h.start(), (int) h.authFailures());
        }
        out.println("<h2>Failed AUTH attempts per hour</h2>");
        chart(Map.of("failed AUTH", failures), a, out);

        out.println("<h2>Findings</h2>");
        for (Verdict v : a.verdicts()) {
            finding(v, zone, ServerKind.of(a.inputs()), out);
        }
        if (a.verdicts().isEmpty()) {
            out.println("<p>No abuse found.</p>");
        }
        out.println("<p class=\"muted\">Rules: " + esc(String.join("; ", a.rules())) + "</p>");
        out.println("</body></html>");
        out.flush();
    }

    private static void finding(Verdict v, ZoneId zone, ServerKind server, PrintWriter out) {
        switch (v) {
            case CompromisedAccount c -> out.println("<h3 class=\"bad\">Compromised account " + esc(c.login())
                    + "</h3><p>" + esc(Numbers.count(c.traffic().messages())) + " messages to "
                    + esc(Numbers.count(c.traffic().recipients())) + " recipients, "
                    + esc(Numbers.percent(c.traffic().undeliverable(), c.traffic().recipients()))
                    + " undeliverable; " + esc(String.join("; ", c.reasons())) + ". Active "
                    + esc(Times.span(c.span().first(), c.span().last(), zone)) + ".</p>");
            case AttackingIp ip -> out.println("<h3>" + (ip.attack() == AttackingIp.Attack.BRUTE_FORCE
                    ? "Password guessing from " : "Aborted AUTH sessions from ") + esc(ip.ip()) + "</h3><p>"
                    + esc(Numbers.count(ip.attempts())) + " attempts, "
                    + esc(Times.span(ip.span().first(), ip.span().last(), zone)) + "."
                    + (ip.loginsAfter().isEmpty() ? "" : " <span class=\"bad\">It then logged in as "
                    + esc(String.join(", ", ip.loginsAfter())) + ".</span>") + "</p>");
            case AbusedLocalScript s -> out.println("<h3 class=\"bad\">Local script spam by " + esc(s.subject())
                    + "</h3><p>" + esc(String.join("; ", s.reasons())) + ".</p>");
            case WeakCredential w -> out.println("<h3 class=\"bad\">Weak password of " + esc(w.login()) + "</h3><p>"
                    + esc(w.rule()) + "</p>");
            case ConfigGap g -> out.println("<h3>" + esc(g.severity() + " " + g.check() + " on " + g.listener())
                    + "</h3><p>" + esc(g.finding()) + "</p>");
            case ProbeFailure p -> out.println("<h3>" + esc(p.grade() + " " + p.check() + " on " + p.target())
                    + "</h3><p>" + esc(p.finding()) + "</p>");
        }
        out.println("<ol>");
        for (String step : NextSteps.of(v, server)) {
            out.println("<li>" + esc(step) + "</li>");
        }
        out.println("</ol>");
    }

    /** A line chart of hourly series over the whole period of the logs, as inline SVG. */
    private static void chart(Map<String, Map<Instant, Integer>> series, Analysis a, PrintWriter out) {
        List<Symptoms.Hour> seen = a.symptoms().hours();
        if (seen.isEmpty()) {
            out.println("<p class=\"muted\">No data.</p>");
            return;
        }
        List<Instant> hours = new ArrayList<>(); // every hour of the period, quiet ones too, so time runs evenly
        Instant last = seen.get(seen.size() - 1).start();
        for (Instant h = seen.get(0).start(); !h.isAfter(last) && hours.size() < MAX_HOURS; h = h.plusSeconds(3600)) {
            hours.add(h);
        }
        int max = 1;
        for (Map<Instant, Integer> s : series.values()) {
            for (int n : s.values()) {
                max = Math.max(max, n);
            }
        }
        int left = 50;
        int bottom = HEIGHT - 30;
        int right = WIDTH - 40;
        double step = hours.size() > 1 ? (double) (right - left) / (hours.size() - 1) : 0;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT + 20 * series.size()).append("\" role=\"img\">");
        svg.append(line(left, 10, left, bottom)).append(line(left, bottom, right, bottom));
        svg.append(text(left - 6, 14, "end", Numbers.count(max))).append(text(left - 6, bottom, "end", "0"));
        int labelEvery = Math.max(1, hours.size() / 8);
        for (int i = 0; i < hours.size(); i += labelEvery) {
            svg.append(text(left + i * step, bottom + 16, "middle", Times.hour(hours.get(i), a.zone())));
        }
        int colour = 0;
        int legendY = HEIGHT + 5;
        for (Map.Entry<String, Map<Instant, Integer>> s : series.entrySet()) {
            String c = COLOURS[colour++ % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < hours.size(); i++) {
                int n = s.getValue().getOrDefault(hours.get(i), 0);
                double x = left + i * step;
                double y = bottom - (double) n / max * (bottom - 10);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"2\" points=\"")
                    .append(points.toString().trim()).append("\"/>");
            svg.append("<rect x=\"").append(left).append("\" y=\"").append(legendY).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(c).append("\"/>").append(text(left + 18, legendY + 11, "start", s.getKey()));
            legendY += 20;
        }
        out.println(svg.append("</svg>"));
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\"/>",
                x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                esc(s));
    }

    private static String count(int n, String one, String many) {
        return "<span class=\"" + (n > 0 ? "bad" : "muted") + "\">" + n + " " + esc(n == 1 ? one : many) + "</span>";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
