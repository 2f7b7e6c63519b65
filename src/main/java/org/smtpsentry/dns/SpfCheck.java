package org.smtpsentry.dns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * The domain's SPF record: exactly one, valid syntax, at most 10 DNS-querying terms counting every nested include
 * and redirect (RFC 7208 4.6.4: beyond that receivers answer permerror and SPF fails), and the final "all": +all lets
 * anyone send, ?all says nothing, ~all and -all are what a mail domain wants.
 */
final class SpfCheck implements DomainCheck {
    static final int LOOKUP_LIMIT = 10;
    private static final int MAX_DEPTH = 12;

    @Override
    public String name() {
        return "spf";
    }

    @Override
    public void run(String domain, Resolver resolver, DomainFindings findings) {
        List<String> records = Txt.records(resolver, domain, SpfRecord::isSpf, findings, name());
        if (records == null) {
            return;
        }
        if (records.isEmpty()) {
            findings.warn(name(), "no SPF record: anyone may send in the domain's name unnoticed",
                    "publish TXT \"v=spf1 mx -all\" (your senders, then -all or ~all)");
            return;
        }
        if (records.size() > 1) {
            findings.fail(name(), records.size() + " SPF records (receivers answer permerror): "
                    + String.join(" | ", records), "merge them into one TXT record");
            return;
        }
        SpfRecord spf = SpfRecord.parse(records.get(0));
        findings.info(name(), "SPF: " + records.get(0));
        if (!spf.errors().isEmpty()) {
            findings.fail(name(), "SPF syntax errors (permerror): " + String.join(" ", spf.errors()),
                    "fix the terms (RFC 7208: ip4:, ip6:, a, mx, include:, exists:, redirect=, all)");
        }
        List<String> problems = new ArrayList<>();
        int lookups = lookups(domain, spf, resolver, 0, new HashSet<>(Set.of(domain)), problems);
        for (String problem : problems) {
            findings.fail(name(), problem + " (permerror)", "fix or remove the include/redirect");
        }
        if (lookups > LOOKUP_LIMIT) {
            findings.fail(name(), "SPF needs " + lookups + " DNS lookups, more than " + LOOKUP_LIMIT + " (permerror)",
                    "flatten includes into ip4:/ip6: terms or drop unused ones");
        } else {
            findings.info(name(), "SPF needs " + lookups + " of at most " + LOOKUP_LIMIT + " DNS lookups");
        }
        all(domain, spf, resolver, findings);
        if (spf.terms().stream().anyMatch(t -> !t.modifier() && t.name().equals("ptr"))) {
            findings.warn(name(), "SPF uses the ptr mechanism (slow, deprecated by RFC 7208)",
                    "replace ptr with ip4:/ip6: or a/mx terms");
        }
    }

    /** The lookups {@code spf} costs, its includes and redirect counted with all they cost in turn. */
    private static int lookups(String domain, SpfRecord spf, Resolver resolver, int depth, Set<String> seen,
                               List<String> problems) {
        int count = 0;
        for (SpfRecord.Term term : spf.terms()) {
            if (!term.looksUp()) {
                continue;
            }
            count++;
            boolean nested = term.modifier() || term.name().equals("include");
            if (!nested || term.argument().contains("%")) {
                continue;
            }
            String target = term.argument();
            if (depth >= MAX_DEPTH || !seen.add(target)) {
                problems.add((term.modifier() ? "redirect=" : "include:") + target + " in " + domain
                        + " loops or nests too deep");
                continue;
            }
            SpfRecord inner = fetch(target, resolver);
            if (inner == null) {
                problems.add((term.modifier() ? "redirect=" : "include:") + target + " in " + domain
                        + " has no SPF record");
                continue;
            }
            count += lookups(target, inner, resolver, depth + 1, seen, problems);
            seen.remove(target);
        }
        return count;
    }

    private static SpfRecord fetch(String domain, Resolver resolver) {
        List<String> records = Txt.texts(resolver.query(domain, Type.TXT)).stream().filter(SpfRecord::isSpf).toList();
        return records.size() == 1 ? SpfRecord.parse(records.get(0)) : null;
    }

    /** The "all" that ends evaluation: the record's own, else its redirect's. */
    private void all(String domain, SpfRecord spf, Resolver resolver, DomainFindings findings) {
        SpfRecord.Term all = spf.all();
        SpfRecord current = spf;
        for (int hops = 0; all == null && current.redirect() != null && hops < MAX_DEPTH; hops++) {
            current = fetch(current.redirect().argument(), resolver);
            if (current == null) {
                return;
            }
            all = current.all();
        }
        if (all == null) {
            findings.warn(name(), "SPF of " + domain + " has no \"all\": other senders get neutral",
                    "end the record with -all (or ~all while testing)");
            return;
        }
        switch (all.qualifier()) {
            case '+' -> findings.fail(name(), "SPF ends with +all: every host on the internet may send as " + domain,
                    "end the record with -all (or ~all)");
            case '?' -> findings.warn(name(), "SPF ends with ?all (neutral): it protects nothing",
                    "end the record with -all (or ~all)");
            case '~' -> findings.info(name(), "SPF ends with ~all (softfail)");
            default -> findings.info(name(), "SPF ends with -all (fail)");
        }
    }
}
