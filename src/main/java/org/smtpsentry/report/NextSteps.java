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

    /** The steps for a verdict found in logs of {@code server}. */
    public static List<String> of(Verdict verdict, ServerKind server) {
        return switch (verdict) {
            case CompromisedAccount a -> account(a, server);
            case AttackingIp ip -> attacker(ip, server);
            case AbusedLocalScript s -> localScript(s, server);
            case ProbeFailure p -> p.fix().isEmpty() ? List.of() : List.of(p.fix());
            case WeakCredential w -> List.of("Change the password of " + w.login() + " now, to one no rule of"
                    + " smtpsentry audit guesses: smtpsentry check-password " + w.login());
            case ConfigGap g -> g.fix().isEmpty() ? List.of() : List.of(g.fix());
        };
    }

    private static List<String> account(CompromisedAccount a, ServerKind server) {
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
            steps.add(switch (server) {
                case POSTFIX -> "Make Postfix refuse a MAIL FROM the login does not own: smtpd_sender_login_maps ="
                        + " hash:/etc/postfix/sender_login, and reject_sender_login_mismatch in"
                        + " smtpd_sender_restrictions";
                case EXIM -> "Make Exim refuse a MAIL FROM the login does not own: in acl_smtp_mail, deny"
                        + " authenticated = * condition = ${if !eqi{$authenticated_id}{$sender_address}}";
                case OTHER -> "Make the server refuse a MAIL FROM that the authenticated login does not own"
                        + " (sender/login match); smtpsentry probe --user tells whether it does";
            });
        }
        steps.add("Check the server's IP on blacklists once the queue is clean: smtpsentry dnsbl <server IP>");
        return steps;
    }

    private static List<String> attacker(AttackingIp ip, ServerKind server) {
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
            steps.add(switch (server) {
                case POSTFIX -> "Limit AUTH per client in Postfix: smtpd_client_auth_rate_limit = 10";
                case EXIM -> "Limit AUTH per client in Exim: a ratelimit condition in acl_smtp_auth";
                case OTHER -> "Limit AUTH attempts per client in the server's settings";
            });
        }
        return steps;
    }

    private static List<String> localScript(AbusedLocalScript s, ServerKind server) {
        List<String> steps = new ArrayList<>();
        steps.add("Find the script: set mail.add_x_header = On in php.ini, then read the X-PHP-Originating-Script"
                + " header of a queued message (smtpsentry queue show ID)");
        if (!s.senders().isEmpty()) {
            steps.add("Quarantine and delete its mail: smtpsentry queue purge --sender " + s.senders().get(0).name()
                    + " (add --yes to act)");
        }
        String who = s.user() != null ? s.user() : "<user>";
        steps.add("Protect the form (CAPTCHA, rate limit) or disable it; keep " + s.subject()
                + " from sending meanwhile: " + switch (server) {
                    case POSTFIX -> "authorized_submit_users = !" + who + ", static:all";
                    case EXIM -> "remove " + who + " from trusted_users, and deny it in acl_not_smtp";
                    case OTHER -> "take away its right to submit mail";
                });
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
