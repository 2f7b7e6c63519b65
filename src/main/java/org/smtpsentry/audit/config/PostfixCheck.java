package org.smtpsentry.audit.config;

import java.util.List;
import org.smtpsentry.verdict.ConfigGap;

/** One check of Postfix's settings; each finding a {@link ConfigGap} with severity, listener, why and the fix. */
interface PostfixCheck {

    List<ConfigGap> check(PostfixSettings settings);

    /** All checks, in the order the report lists their findings. */
    List<PostfixCheck> ALL = List.of(new OpenRelay(), new AuthWithoutTls(), new SenderLoginMatch(),
            new WideMynetworks(), new SubmissionListeners(), new AuthOnPort25(), new ClientRateLimits(),
            new PolicyService(), new WeakTlsProtocols(), new VrfyEnabled(), new BannerDisclosure());

    static ConfigGap gap(PostfixSettings s, String check, ConfigGap.Severity severity, String listener,
                         String finding, String why, String fix) {
        return ConfigGap.from(s.source(), "postfix", check, severity, listener, finding, why, fix);
    }

    /** The smtpd listeners that offer SASL AUTH. */
    static List<Listener> authListeners(PostfixSettings s) {
        return s.listeners().stream().filter(Listener::isSmtpd)
                .filter(l -> s.yes(l, "smtpd_sasl_auth_enable")).toList();
    }

    /** The restriction lists smtpd evaluates, as words (commas and white space separate them). */
    static List<String> restrictions(PostfixSettings s, Listener l, String... lists) {
        List<String> words = new java.util.ArrayList<>();
        for (String list : lists) {
            for (String w : s.value(l, list).split("[,\\s]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    List<String> ALL_LISTS = List.of("smtpd_client_restrictions", "smtpd_helo_restrictions",
            "smtpd_sender_restrictions", "smtpd_relay_restrictions", "smtpd_recipient_restrictions",
            "smtpd_data_restrictions", "smtpd_end_of_data_restrictions");

    /** Where a fix goes: master.cf when the listener overrides the parameter, main.cf otherwise. */
    static String fix(PostfixSettings s, Listener l, String name, String value) {
        if (l != null && s.setExplicitly(l, name)) {
            return "master.cf, under " + l.name() + ": -o " + name + "=" + value;
        }
        return "main.cf: " + name + " = " + value;
    }
}
