package org.smtpsentry.audit.config;

import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/**
 * An AUTH listener does not tie MAIL FROM to the login: smtpd_sender_login_maps with
 * reject_sender_login_mismatch or reject_authenticated_sender_login_mismatch.
 */
final class SenderLoginMatch implements PostfixCheck {
    @Override
    public List<ConfigGap> check(PostfixSettings s) {
        List<ConfigGap> out = new ArrayList<>();
        for (Listener l : PostfixCheck.authListeners(s)) {
            List<String> words = PostfixCheck.restrictions(s, l, PostfixCheck.ALL_LISTS.toArray(String[]::new));
            boolean rejects = words.contains("reject_sender_login_mismatch")
                    || words.contains("reject_authenticated_sender_login_mismatch");
            boolean maps = !s.value(l, "smtpd_sender_login_maps").isBlank();
            if (!rejects || !maps) {
                String missing = !maps ? "smtpd_sender_login_maps is empty"
                        : "no reject_authenticated_sender_login_mismatch in the restrictions";
                out.add(PostfixCheck.gap(s, "no-sender-login-match", ConfigGap.Severity.HIGH, l.name(),
                        "an authenticated user may send as any address (" + missing + ")",
                        "a stolen login then sends spam and phishing under any sender, e.g. your CEO's address",
                        (maps ? "" : "main.cf: smtpd_sender_login_maps = hash:/etc/postfix/sender_login; ")
                                + PostfixCheck.fix(s, l, "smtpd_sender_restrictions",
                                "reject_authenticated_sender_login_mismatch"
                                        + suffix(s.value(l, "smtpd_sender_restrictions")))));
            }
        }
        return out;
    }

    private static String suffix(String existing) {
        return existing.isBlank() ? "" : ", " + existing.strip();
    }
}
