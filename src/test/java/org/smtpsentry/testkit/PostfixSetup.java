package org.smtpsentry.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a private {@link RealPostfix} instance looks like: users, listeners, TLS, and any main.cf, master.cf and
 * dovecot.conf settings a test wants on top of the harness's loopback-only base. A mutable builder: every method
 * returns {@code this}.
 *
 * <pre>{@code
 * new PostfixSetup()
 *         .user("sales@example.test", "sales", "BLF-CRYPT")
 *         .mainCf("smtpd_tls_auth_only", "yes")
 *         .configFile("senders", "sales@example.test sales@example.test\n")
 *         .mainCf("smtpd_sender_login_maps", "texthash:${config_directory}/senders")
 *         .mainCf("smtpd_recipient_restrictions", "reject_sender_login_mismatch, permit_sasl_authenticated, reject")
 *         .authPenalty(false);
 * }</pre>
 */
public final class PostfixSetup {

    /** The SMTP listeners the harness can open, each on its own free loopback port. */
    public enum Listener {
        /** Port-25 style: AUTH offered (unless turned off), STARTTLS optional, no TLS required. */
        SMTP,
        /** Port-587 style: STARTTLS required before AUTH, only authenticated clients may send. */
        SUBMISSION,
        /** Port-465 style: implicit TLS (smtpd_tls_wrappermode). */
        SMTPS
    }

    /** A SASL account in Dovecot's passwd-file, hashed with {@code doveadm pw -s scheme}. */
    public record User(String login, String password, String scheme) {
    }

    String localDomain = "example.test";
    boolean tls = true;
    boolean submission = true;
    boolean smtps;
    boolean authPenalty = true;
    boolean localSubmission;
    final List<User> users = new ArrayList<>();
    final List<String> mailboxes = new ArrayList<>();
    final Map<String, String> mainCf = new LinkedHashMap<>();
    final Map<Listener, List<String>> listenerOptions = new LinkedHashMap<>();
    final List<String> masterCf = new ArrayList<>();
    final Map<String, String> configFiles = new LinkedHashMap<>();
    final List<String> dovecotConf = new ArrayList<>();

    /** The domain delivered locally (virtual mailboxes); "example.test" unless set. The host is mail.DOMAIN. */
    public PostfixSetup localDomain(String domain) {
        this.localDomain = domain;
        return this;
    }

    /** A SASL user whose password is stored as a SHA512-CRYPT hash; local users also get a mailbox. */
    public PostfixSetup user(String login, String password) {
        return user(login, password, "SHA512-CRYPT");
    }

    /** A SASL user whose password is stored with Dovecot's {@code scheme} (SHA512-CRYPT, BLF-CRYPT, PLAIN...). */
    public PostfixSetup user(String login, String password, String scheme) {
        users.add(new User(login, password, scheme));
        return this;
    }

    /** A local recipient without a login (all users of the local domain already have one). */
    public PostfixSetup mailbox(String address) {
        mailboxes.add(address);
        return this;
    }

    /** TLS (a self-signed certificate) on or off; on by default. Off also means no submission/smtps listener. */
    public PostfixSetup tls(boolean on) {
        this.tls = on;
        return this;
    }

    /** The STARTTLS-and-AUTH submission listener; on by default. */
    public PostfixSetup submission(boolean on) {
        this.submission = on;
        return this;
    }

    /** The implicit-TLS smtps listener; off by default. */
    public PostfixSetup smtps(boolean on) {
        this.smtps = on;
        return this;
    }

    /**
     * Dovecot's delays after failed logins (the anvil auth penalty and the 2 s auth_failure_delay); on by default,
     * as on a real server. Turn it off for fast tests that send many wrong passwords.
     */
    public PostfixSetup authPenalty(boolean on) {
        this.authPenalty = on;
        return this;
    }

    /**
     * Allows {@link RealPostfix#sendmail} as a non-root Unix user. Postfix's set-gid postdrop only accepts a
     * non-default configuration directory listed in {@code alternate_config_directories} of /etc/postfix/main.cf,
     * so this registers the instance there (under a lock, removed again on close). Off by default.
     */
    public PostfixSetup localSubmission(boolean on) {
        this.localSubmission = on;
        return this;
    }

    /** A main.cf parameter, set after (and so overriding) the harness's base settings. */
    public PostfixSetup mainCf(String name, String value) {
        mainCf.put(name, value);
        return this;
    }

    /** All these main.cf parameters. */
    public PostfixSetup mainCf(Map<String, String> parameters) {
        mainCf.putAll(parameters);
        return this;
    }

    /** An {@code -o name=value} override on one listener's master.cf entry. */
    public PostfixSetup listenerOption(Listener listener, String name, String value) {
        listenerOptions.computeIfAbsent(listener, l -> new ArrayList<>()).add(name + "=" + value);
        return this;
    }

    /** A line appended to master.cf as is (a service, or an indented {@code -o} continuation of the one before). */
    public PostfixSetup masterCf(String line) {
        masterCf.add(line);
        return this;
    }

    /** A file written into the instance's config directory, for maps: refer to it as ${config_directory}/NAME. */
    public PostfixSetup configFile(String name, String content) {
        configFiles.put(name, content);
        return this;
    }

    /** A line appended to dovecot.conf (e.g. "disable_plaintext_auth = yes"); later settings win. */
    public PostfixSetup dovecotConf(String line) {
        dovecotConf.add(line);
        return this;
    }
}
