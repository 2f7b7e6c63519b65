package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.dns.DomainReport;
import org.smtpsentry.dns.MailDomain;
import org.smtpsentry.dns.Resolver;
import org.smtpsentry.probe.FindingsPrinter;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smtpsentry dns DOMAIN}: the mail records of a domain (MX, SPF, DMARC, MTA-STS, TLS-RPT, PTR of the MX). */
@Command(name = "dns", mixinStandardHelpOptions = true,
        description = {"Checks a domain's mail DNS records: MX, SPF (syntax, DNS lookups, all), DMARC policy,"
                + " MTA-STS and TLS-RPT records, and the PTR of each MX host.",
                "Exit status: 0 nothing to fix, 1 warnings, 2 failures, 3 the resolver did not answer."})
public final class DnsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(paramLabel = "DOMAIN", description = "The mail domain, e.g. example.com.")
    String domain;

    @Mixin
    ResolverOptions resolverOptions;

    @Option(names = "--json", description = "Print the report as JSON (schema in docs/dns.md).")
    boolean json;

    @Override
    public Integer call() {
        if (!domain.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+\\.?")) {
            throw new UserError("dns: \"" + domain + "\" is not a domain name (e.g. example.com); nothing looked up");
        }
        Resolver dns = resolverOptions.resolver();
        DomainReport report = new MailDomain(dns).check(domain);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonWriter w = new JsonWriter(out);
            w.beginObject().field("schema", "smtpsentry-dns/1").field("domain", report.domain())
                    .field("resolver", dns.address());
            FindingsPrinter.jsonFields(w, report.findings(), report.exitStatus());
            w.endObject().finish();
        } else {
            out.println("smtpsentry dns " + report.domain() + ", asked " + dns.address());
            new FindingsPrinter(Palette.forStdout(), false).print(out, report.findings());
            if (report.unanswered()) {
                out.println("the resolver " + dns.address() + " did not answer");
            }
        }
        out.flush();
        return report.exitStatus();
    }
}
