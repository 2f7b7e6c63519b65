package org.smtpsentry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.net.egress.Egress;
import org.smtpsentry.net.egress.EgressCheck;
import org.smtpsentry.net.egress.EgressPolicy;
import org.smtpsentry.net.egress.EgressReport;
import org.smtpsentry.net.egress.EgressRules;
import org.smtpsentry.net.egress.MtaAccount;
import org.smtpsentry.net.egress.Nft;
import org.smtpsentry.net.egress.Relays;
import org.smtpsentry.text.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smtpsentry egress}: nftables rules letting only the MTA (and clients of the relay) send SMTP out. */
@Command(name = "egress", mixinStandardHelpOptions = true,
        description = {"Prints nftables rules that allow outbound SMTP (25, 465, 587) only for the MTA's user and "
                + "to the organisation's relay, and log and drop the rest; --apply installs them (nft -f -, one "
                + "table of their own, replaced atomically), --check tells whether such rules are in place.",
                "Exit status: 0 printed, installed or in place; 1 --check found them missing or incomplete; "
                        + "2 bad usage or nft refused."})
public final class EgressCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Option(names = "--mta-user", paramLabel = "USER", defaultValue = "postfix",
            description = "The user the MTA delivers as (default: ${DEFAULT-VALUE}; Debian-exim for Exim).")
    String mtaUser;

    @Option(names = "--relay", paramLabel = "ADDRESS", description = "The organisation's relay (IP address or CIDR "
            + "block) that anyone may reach; repeatable.")
    List<String> relays = new ArrayList<>();

    @Option(names = "--ports", paramLabel = "PORT", split = ",", description = "Ports that count as SMTP "
            + "(default: 25,465,587).")
    List<Integer> ports = new ArrayList<>(List.of(25, 465, 587));

    @Option(names = "--block-loopback", description = "Also drop SMTP to this machine's own addresses over lo "
            + "(by default local programs may still submit to the local MTA).")
    boolean blockLoopback;

    @Option(names = "--apply", description = "Install the rules (as root) and check them.")
    boolean apply;

    @Option(names = "--check", description = "Check whether the ruleset holds such rules (nft -j list ruleset).")
    boolean check;

    @Option(names = "--netns", paramLabel = "NAME", description = "Work inside this network namespace "
            + "(ip netns exec NAME nft ...).")
    String netns;

    @Option(names = "--passwd", paramLabel = "FILE", defaultValue = "/etc/passwd",
            description = "The passwd file giving the MTA user's uid (default: ${DEFAULT-VALUE}).")
    Path passwd;

    @Option(names = "--json", description = "Print JSON (schema in docs/egress.md).")
    boolean json;

    @Override
    public Integer call() {
        EgressPolicy policy = policy();
        PrintWriter out = spec.commandLine().getOut();
        Egress egress = new Egress(netns == null ? Nft.here() : Nft.inNamespace(netns));
        if (!apply && !check) {
            if (json) {
                EgressReport.rulesJson(policy, false, out);
            } else {
                out.print(EgressRules.script(policy));
                out.println("# install with: smtpsentry egress --apply (or pipe this into nft -f -)");
                out.flush();
            }
            return 0;
        }
        if (apply) {
            egress.apply(policy);
            if (!json) {
                out.println("Installed table inet " + EgressPolicy.TABLE + (netns == null ? "" : " in " + netns) + ".");
            }
        }
        EgressCheck result = egress.check(policy);
        if (json) {
            EgressReport.checkJson(result, policy, out);
        } else {
            EgressReport.check(result, policy, out, Palette.forStdout());
        }
        return result.inPlace() ? 0 : 1;
    }

    private EgressPolicy policy() {
        OptionalInt uid = MtaAccount.uid(passwd, mtaUser);
        if (uid.isEmpty()) {
            throw new UserError("--mta-user: no user \"" + mtaUser + "\" in " + passwd + "; give the user your MTA "
                    + "delivers as (postfix, Debian-exim, exim, ...); nothing done");
        }
        List<String> canonical = new ArrayList<>();
        for (String r : relays) {
            String c = Relays.canonical(r);
            if (c == null) {
                throw new UserError("--relay: \"" + r + "\" is not an IP address or CIDR block (e.g. 192.0.2.25 or "
                        + "2001:db8::/64); nothing done");
            }
            canonical.add(c);
        }
        for (int p : ports) {
            if (p < 1 || p > 65535) {
                throw new UserError("--ports: " + p + " is not a TCP port (1-65535); nothing done");
            }
        }
        return new EgressPolicy(mtaUser, uid.getAsInt(), canonical, ports, !blockLoopback);
    }
}
