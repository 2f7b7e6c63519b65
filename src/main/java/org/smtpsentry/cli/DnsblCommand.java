package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.dns.Blacklist;
import org.smtpsentry.dns.Dnsbl;
import org.smtpsentry.dns.DnsblReport;
import org.smtpsentry.dns.Listing;
import org.smtpsentry.dns.Resolver;
import org.smtpsentry.dns.ReturnCode;
import org.smtpsentry.probe.FindingsPrinter;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Palette;
import org.smtpsentry.text.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code smtpsentry dnsbl IP|HOST}: is this address on a DNS blacklist, and why. */
@Command(name = "dnsbl", mixinStandardHelpOptions = true,
        description = {"Asks DNS blacklists (Spamhaus ZEN and DBL, SpamCop, Barracuda, PSBL, Mailspike, UCEPROTECT,"
                + " NiX Spam) whether an IP address or host is listed, all at once, with the listing reason."
                + " Spamhaus refuses public resolvers: give --resolver one of your own.",
                "Exit status: 0 not listed, 1 some lists gave no answer, 2 listed, 3 no list answered."})
public final class DnsblCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(paramLabel = "IP|HOST", description = "An IPv4/IPv6 address, or a host name (its addresses are"
            + " checked, and the name itself on domain lists).")
    String target;

    @Option(names = "--list", paramLabel = "ZONE", description = "An IP blacklist to ask instead of the defaults"
            + " (repeat for several).")
    List<String> lists = new ArrayList<>();

    @Option(names = "--domain-list", paramLabel = "ZONE", description = "A domain blacklist to ask instead of the"
            + " defaults (repeat for several).")
    List<String> domainLists = new ArrayList<>();

    @Mixin
    ResolverOptions resolverOptions;

    @Option(names = "--json", description = "Print the report as JSON (schema in docs/dns.md).")
    boolean json;

    @Override
    public Integer call() {
        List<Blacklist> chosen = new ArrayList<>();
        for (String zone : lists) {
            chosen.add(Blacklist.named(zone, Blacklist.Kind.IP));
        }
        for (String zone : domainLists) {
            chosen.add(Blacklist.named(zone, Blacklist.Kind.DOMAIN));
        }
        for (Blacklist list : chosen) {
            if (!list.zone().matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                throw new UserError("--list/--domain-list: \"" + list.zone() + "\" is not a DNS zone (e.g."
                        + " zen.spamhaus.org); nothing looked up");
            }
        }
        Resolver dns = resolverOptions.resolver();
        DnsblReport report = new Dnsbl(dns, chosen.isEmpty() ? Blacklist.defaults() : chosen).check(target);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, dns, report);
        } else {
            Palette palette = Palette.forStdout();
            out.println("smtpsentry dnsbl " + target + " (" + String.join(", ", report.addresses()) + "), asked "
                    + dns.address());
            Table table = new Table("LIST", "SUBJECT", "RESULT", "CODE", "MEANING / REASON");
            for (Listing l : report.listings()) {
                String codes = String.join(" ", l.codes().stream().map(ReturnCode::address).toList());
                String meaning = String.join("; ", l.codes().stream().map(ReturnCode::meaning).toList())
                        + (l.reason() != null ? (l.codes().isEmpty() ? "" : " - ") + l.reason() : "");
                String result = switch (l.status()) {
                    case LISTED -> palette.red("LISTED");
                    case ERROR -> palette.yellow("error");
                    case CLEAN -> palette.green("clean");
                };
                table.row(l.zone(), l.subject(), result, codes, meaning);
            }
            out.print(table.render(""));
            out.println(new FindingsPrinter(palette, false).summary(report.findings()));
        }
        out.flush();
        return report.exitStatus();
    }

    private static void printJson(PrintWriter out, Resolver dns, DnsblReport report) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject()
                .field("schema", "smtpsentry-dnsbl/1")
                .field("target", report.target())
                .field("resolver", dns.address());
        json.name("addresses").beginArray();
        report.addresses().forEach(json::value);
        json.endArray();
        json.name("listings").beginArray();
        for (Listing l : report.listings()) {
            json.beginObject()
                    .field("list", l.zone())
                    .field("subject", l.subject())
                    .field("status", l.status().name().toLowerCase(java.util.Locale.ROOT));
            json.name("codes").beginArray();
            for (ReturnCode code : l.codes()) {
                json.beginObject().field("address", code.address()).field("meaning", code.meaning())
                        .field("error", code.error()).endObject();
            }
            json.endArray();
            json.field("reason", l.reason()).endObject();
        }
        json.endArray();
        FindingsPrinter.jsonFields(json, report.findings(), report.exitStatus());
        json.endObject().finish();
    }
}
