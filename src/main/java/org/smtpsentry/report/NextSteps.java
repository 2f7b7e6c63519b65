package org.smtpsentry.report;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.AbusedLocalScript;
import org.smtpsentry.verdict.AttackingIp;
import org.smtpsentry.verdict.CompromisedAccount;
import org.smtpsentry.verdict.ConfigGap;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.Verdict;
import org.smtpsentry.verdict.WeakCredential;

/** What to do about a verdict, in commands an operator can paste. */
public final class NextSteps {
    private NextSteps() {
    }

    public static List<String> of(Verdict verdict) {
        return switch (verdict) {
            case CompromisedAccount a -> account(a);
            case AttackingIp ip -> attacker(ip);
            case AbusedLocalScript s -> localScript(s);
            case ProbeFailure p -> p.fix().isEmpty() ? List.of() : List.of(p.fix());
            case WeakCredential w -> List.of("Change the password of " + w.login() + " now, to one no rule of"
                    + " smtpsentry audit guesses: smtpsentry check-password " + w.login());
            case ConfigGap g -> g.fix().isEmpty() ? List.of() : List.of(g.fix());
        };
    }

    private static List<String> account(CompromisedAccount a) {
        List<String> steps = new ArrayList<>();
        steps.add("Change the password of " + a.login() + " now and end its sessions: doveadm kick " + a.login()
                + "; doveadm auth cache flush " + a.login());
        steps.add("Quarantine and delete its spam from the queue: smtpsentry queue purge --login " + a.login()
                + " (shows what it selects; add --yes to act)");
        List<String> newIps = a.ips().stream().filter(CompromisedAccount.ClientIp::isNew)
                .map(CompromisedAccount.ClientIp::ip).toList();
        if (!newIps.isEmpty()) {
            steps.add("Block the addresses it was used from: " + block(newIps));
        }
        if (a.traffic().forgedSender() > 0) {
            steps.add("Make Postfix refuse a MAIL FROM the login does not own: smtpd_sender_login_maps ="
                    + " hash:/etc/postfix/sender_login, and reject_sender_login_mismatch in"
                    + " smtpd_sender_restrictions");
        }
        steps.add("Check the server's IP on blacklists once the queue is clean: smtpsentry dnsbl <server IP>");
        return steps;
    }

    private static List<String> attacker(AttackingIp ip) {
        List<String> steps = new ArrayList<>();
        steps.add("Ban it: " + block(List.of(ip.ip())) + "  (or: fail2ban-client set postfix-sasl banip "
                + ip.ip() + ")");
        if (!ip.loginsAfter().isEmpty()) {
            steps.add("It found the password of " + String.join(", ", ip.loginsAfter())
                    + ": change it now (see the compromised accounts)");
        } else if (ip.successesWithoutName() > 0) {
            steps.add("A login from it succeeded without a name in the log: find the account in Dovecot's log"
                    + " (auth_verbose = yes) and change its password");
        }
        if (ip.attack() == AttackingIp.Attack.AUTH_ABORTS) {
            steps.add("Limit AUTH per client in Postfix: smtpd_client_auth_rate_limit = 10");
        }
        return steps;
    }

    private static List<String> localScript(AbusedLocalScript s) {
        List<String> steps = new ArrayList<>();
        steps.add("Find the script: set mail.add_x_header = On in php.ini, then read the X-PHP-Originating-Script"
                + " header of a queued message (smtpsentry queue show ID)");
        if (!s.senders().isEmpty()) {
            steps.add("Quarantine and delete its mail: smtpsentry queue purge --sender " + s.senders().get(0).name()
                    + " (add --yes to act)");
        }
        steps.add("Protect the form (CAPTCHA, rate limit) or disable it; keep uid " + s.uid()
                + " from sending meanwhile: authorized_submit_users = !" + (s.user() != null ? s.user() : "<user>")
                + ", static:all");
        return steps;
    }

    /** An nftables rule that drops the addresses' SMTP connections. */
    private static String block(List<String> ips) {
        List<String> v4 = ips.stream().filter(ip -> ip.indexOf(':') < 0).toList();
        List<String> v6 = ips.stream().filter(ip -> ip.indexOf(':') >= 0).toList();
        List<String> rules = new ArrayList<>();
        if (!v4.isEmpty()) {
            rules.add("nft add rule inet filter input ip saddr " + set(v4) + " tcp dport { 25, 465, 587 } drop");
        }
        if (!v6.isEmpty()) {
            rules.add("nft add rule inet filter input ip6 saddr " + set(v6) + " tcp dport { 25, 465, 587 } drop");
        }
        return String.join("; ", rules);
    }

    private static String set(List<String> ips) {
        return ips.size() == 1 ? ips.get(0) : "{ " + String.join(", ", ips) + " }";
    }
}
