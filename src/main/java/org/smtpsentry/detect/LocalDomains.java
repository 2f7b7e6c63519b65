package org.smtpsentry.detect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.smtpsentry.event.Mailbox;

/**
 * The domains the server delivers to itself, so that "external recipient" and "forged sender" mean the right thing.
 * {@code source} says where the list came from, for the report ("--local-domain", "postconf", "logins").
 * When no list is given, the domains of the SASL logins seen are taken as local ({@link #learnFromLogins()}).
 */
public final class LocalDomains {
    /** A hash set: asked of every recipient, it finds a log reader's shared domain strings by their kept hash. */
    private final Set<String> domains = new HashSet<>();
    private final String source;
    private final boolean learning;
    private final Set<String> loginsSeen = new HashSet<>();
    /** The login told last: a login's messages come in runs. */
    private String lastLogin;

    private LocalDomains(Set<String> domains, String source, boolean learning) {
        for (String d : domains) {
            this.domains.add(d.toLowerCase(Locale.ROOT));
        }
        this.source = source;
        this.learning = learning;
    }

    /** Exactly these domains, as the operator gave them. */
    public static LocalDomains of(Set<String> domains, String source) {
        return new LocalDomains(domains, source, false);
    }

    /** These domains (perhaps none) and every domain a login belongs to: a login's domain is served here. */
    public static LocalDomains learning(Set<String> domains, String source) {
        return new LocalDomains(domains, source.isEmpty() ? "the domains of the logins seen"
                : source + " and the domains of the logins seen", true);
    }

    public boolean isLocal(Mailbox address) {
        String d = address.domain();
        return d.isEmpty() || domains.contains(d);
    }

    public boolean isLocal(String domain) {
        return domains.contains(domain.toLowerCase(Locale.ROOT));
    }

    /** Takes note of a login; when learning, its domain becomes local. */
    public void sawLogin(String login) {
        if (login == lastLogin) {
            return;
        }
        lastLogin = login;
        if (learning && loginsSeen.add(login)) { // told at every message: the domain is cut out once a login
            int at = login.lastIndexOf('@');
            if (at > 0 && at < login.length() - 1) {
                domains.add(login.substring(at + 1).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The domains, in order. */
    public Set<String> domains() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(domains));
    }

    public String source() {
        return source;
    }
}
