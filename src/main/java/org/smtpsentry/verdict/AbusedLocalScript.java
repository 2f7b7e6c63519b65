package org.smtpsentry.verdict;

import java.util.List;

/**
 * Bulk mail submitted on the server itself by one Unix user (a web form's PHP mail() under www-data, a cron job gone
 * wrong). {@code uid} is -1 where the log names only the user (Exim, Sendmail); {@code senders} are the envelope
 * senders it used, most frequent first.
 */
public record AbusedLocalScript(int uid, String user, Span span, Traffic traffic, List<Traffic.Count> senders,
                                List<String> reasons, Evidence evidence) implements Verdict {

    public AbusedLocalScript {
        senders = List.copyOf(senders);
        reasons = List.copyOf(reasons);
    }

    @Override
    public String subject() {
        if (uid < 0) {
            return user;
        }
        return user != null ? user + " (uid " + uid + ")" : "uid " + uid;
    }
}
