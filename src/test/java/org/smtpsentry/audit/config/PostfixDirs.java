package org.smtpsentry.audit.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Postfix configuration directories written for the tests: deliberately weak ones and a hardened one. */
final class PostfixDirs {
    private PostfixDirs() {
    }

    /** AUTH on port 25 only, open relay, wide mynetworks, no limits, talkative banner, old TLS. */
    static final List<String> WEAK_CHECKS = List.of("open-relay", "wide-mynetworks", "auth-without-tls",
            "no-sender-login-match", "no-submission", "auth-on-port-25", "no-rate-limits", "no-policy-service",
            "weak-tls-protocols", "vrfy-enabled", "banner-discloses-software", "no-submissions");

    static Path weak(Path parent) throws IOException {
        return write(parent.resolve("weak"), """
                compatibility_level = 3.6
                myhostname = mail.example.test
                smtpd_banner = $myhostname ESMTP $mail_name $mail_version
                mynetworks = 127.0.0.0/8 0.0.0.0/0
                smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, permit
                smtpd_sasl_auth_enable = yes
                smtpd_sasl_type = dovecot
                smtpd_sasl_path = private/auth
                smtpd_tls_security_level = may
                smtpd_tls_protocols = !SSLv2, !SSLv3
                """, """
                # service type  private unpriv  chroot  wakeup  maxproc command + args
                smtp      inet  n       -       y       -       -       smtpd
                pickup    unix  n       -       y       60      1       pickup
                cleanup   unix  n       -       y       -       0       cleanup
                qmgr      unix  n       -       n       300     1       qmgr
                """);
    }

    /** A submission listener that offers AUTH without STARTTLS, and a login map but no mismatch rule. */
    static final List<String> WEAK_SUBMISSION_CHECKS = List.of("auth-without-tls", "no-sender-login-match",
            "submission-without-starttls", "no-rate-limits", "no-policy-service", "vrfy-enabled",
            "banner-discloses-software", "no-submissions");

    static Path weakSubmission(Path parent) throws IOException {
        return write(parent.resolve("weak-submission"), """
                compatibility_level = 3.6
                smtpd_banner = $myhostname ESMTP $mail_name (Debian/GNU)
                mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128
                smtpd_relay_restrictions = permit_mynetworks permit_sasl_authenticated defer_unauth_destination
                smtpd_sender_login_maps = hash:/etc/postfix/sender_login
                smtpd_tls_auth_only = yes
                smtpd_tls_protocols = >=TLSv1.2
                smtpd_tls_mandatory_protocols = >=TLSv1.2
                """, """
                smtp       inet  n       -       y       -       -       smtpd
                submission inet  n       -       y       -       -       smtpd
                  -o syslog_name=postfix/submission
                  -o smtpd_tls_security_level=none
                  -o smtpd_tls_auth_only=no
                  -o smtpd_sasl_auth_enable=yes
                  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }
                """);
    }

    static Path hardened(Path parent) throws IOException {
        return write(parent.resolve("hardened"), """
                compatibility_level = 3.6
                myhostname = mail.example.test
                smtpd_banner = $myhostname ESMTP
                mynetworks = 127.0.0.0/8 [::1]/128 192.0.2.10/32
                smtpd_relay_restrictions = permit_mynetworks, check_policy_service unix:private/policy,
                    permit_sasl_authenticated, reject_unauth_destination
                smtpd_sender_login_maps = hash:/etc/postfix/sender_login
                smtpd_sender_restrictions = reject_authenticated_sender_login_mismatch
                smtpd_sasl_type = dovecot
                smtpd_sasl_path = private/auth
                smtpd_tls_security_level = may
                smtpd_tls_auth_only = yes
                smtpd_tls_protocols = >=TLSv1.2
                smtpd_tls_mandatory_protocols = >=TLSv1.2
                smtpd_client_connection_rate_limit = 30
                smtpd_client_message_rate_limit = 100
                smtpd_client_auth_rate_limit = 10
                disable_vrfy_command = yes
                """, """
                smtp        inet  n       -       y       -       -       smtpd
                submission  inet  n       -       y       -       -       smtpd
                  -o syslog_name=postfix/submission
                  -o smtpd_tls_security_level=encrypt
                  -o smtpd_sasl_auth_enable=yes
                submissions inet  n       -       y       -       -       smtpd
                  -o syslog_name=postfix/submissions
                  -o smtpd_tls_wrappermode=yes
                  -o smtpd_sasl_auth_enable=yes
                pickup      unix  n       -       y       60      1       pickup
                """);
    }

    private static Path write(Path dir, String main, String master) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("main.cf"), main);
        Files.writeString(dir.resolve("master.cf"), master);
        return dir;
    }
}
