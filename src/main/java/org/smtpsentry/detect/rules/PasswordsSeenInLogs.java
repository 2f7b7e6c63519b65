package org.smtpsentry.detect.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smtpsentry.detect.Detection;
import org.smtpsentry.detect.Rule;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.WeakPassword;
import org.smtpsentry.event.trail.Trail;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.Verdict;
import org.smtpsentry.verdict.WeakCredential;

/**
 * Weak passwords the log itself gave away (IceWarp logs the AUTH LOGIN dialogue, password included): each account
 * whose password was seen to equal its user name is a weak credential, the first guess of any attacker. The password
 * never reaches the verdict.
 */
public final class PasswordsSeenInLogs implements Rule {
    /** The kinds of event it reads. */
    private static final Set<Class<? extends MailEvent>> READS = Set.of(WeakPassword.class);
    private final Map<String, WeakCredential> found = new LinkedHashMap<>();

    @Override
    public Set<Class<? extends MailEvent>> reads() {
        return READS;
    }

    @Override
    public void observe(MailEvent event, Trail before, Detection detection) {
        if (event instanceof WeakPassword w && w.user() != null) {
            String login = w.user().toLowerCase(Locale.ROOT);
            if (!found.containsKey(login)) {
                WeakCredential verdict = new WeakCredential(login, WeakCredential.Kind.GUESSED, null,
                        w.weakness() + " (seen in the log" + (w.clientIp() == null ? "" : ", login from "
                        + w.clientIp()) + ")", null, new Evidence(List.of(w.origin().keep())));
                found.put(login, verdict);
                detection.flag(verdict);
            }
        }
    }

    @Override
    public List<Verdict> findings() {
        return new ArrayList<>(found.values());
    }
}
