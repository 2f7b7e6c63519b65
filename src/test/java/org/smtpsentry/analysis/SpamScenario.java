package org.smtpsentry.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One small compromised-server story, written as each MTA would log it: an honest user sends three messages; a
 * brute force from 203.0.113.9 tries 30 passwords and finds sales@example.com's; then sales@example.com sends 45
 * messages from 3 new addresses, each with a forged MAIL FROM at a made-up domain, to 3 external recipients each
 * whose delivery defers. Every format's version must lead analyze to the same account and the same attacking IP.
 */
final class SpamScenario {
    static final String ATTACKER = "203.0.113.9";
    static final String VICTIM = "sales@example.com";
    static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

    record Attempt(Instant time, String ip, String user) {
    }

    /** A message: {@code n} numbers it, for queue ids; {@code delivered} says whether its recipients get it. */
    record Message(int n, Instant time, String ip, String login, String sender, List<String> recipients,
                   boolean delivered) {
        Instant deliveredAt() {
            return time.plusSeconds(30);
        }
    }

    private record Line(Instant time, String text) {
    }

    final List<Attempt> attempts = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();

    SpamScenario() {
        for (int i = 0; i < 3; i++) {
            messages.add(new Message(messages.size() + 1, START.plus(Duration.ofMinutes(10L * i)), "192.0.2.20",
                    "amy@example.com", "amy@example.com", List.of("tom@example.com", "partner@example.net"), true));
        }
        String[] users = {VICTIM, "info@example.com", "admin@example.com"};
        Instant attack = START.plus(Duration.ofHours(1));
        for (int i = 0; i < 30; i++) {
            attempts.add(new Attempt(attack.plusSeconds(10L * i), ATTACKER, users[i % 3]));
        }
        messages.add(new Message(messages.size() + 1, attack.plus(Duration.ofMinutes(6)), ATTACKER, VICTIM, VICTIM,
                List.of("check@example.org"), true));
        String[] ips = {"198.51.100.11", "198.51.100.12", "198.51.100.13"};
        Instant run = attack.plus(Duration.ofMinutes(10));
        for (int i = 0; i < 45; i++) {
            List<String> to = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                to.add("user" + i + "x" + j + "@made-up-" + ((i * 3 + j) % 20) + ".example");
            }
            messages.add(new Message(messages.size() + 1, run.plusSeconds(40L * i), ips[i % 3], VICTIM,
                    "billing@secure-pay-" + (i % 5) + ".example", to, false));
        }
    }

    /** The spam message number 10, for trace tests. */
    Message aSpamMessage() {
        return messages.get(13);
    }

    // ---- queue ids and Message-IDs per format

    static String postfixId(Message m) {
        return String.format(Locale.ROOT, "3F%08X", 0xA0000 + m.n());
    }

    static String eximId(Message m) {
        return String.format(Locale.ROOT, "1tXyZa-%06d-AB", m.n());
    }

    static String sendmailId(Message m) {
        return String.format(Locale.ROOT, "5AMA%06dX%04d", m.n(), 4000 + m.n());
    }

    static String iceWarpId(Message m) {
        return String.format(Locale.ROOT, "TUQ%05d", 42000 + m.n());
    }

    static String exchangeId(Message m) {
        return String.valueOf(12884901000L + m.n());
    }

    static String messageId(Message m) {
        return "scenario." + m.n() + "@pc.example.com";
    }

    // ---- writers

    /** Postfix through syslog; returns the file. */
    Path writePostfix(Path dir) throws IOException {
        List<Line> lines = new ArrayList<>();
        int pid = 1000;
        for (Attempt a : attempts) {
            String p = "mail postfix/submission/smtpd[" + (++pid) + "]: ";
            lines.add(new Line(a.time(), syslog(a.time()) + p + "connect from unknown[" + a.ip() + "]"));
            lines.add(new Line(a.time().plusSeconds(2), syslog(a.time().plusSeconds(2)) + p + "warning: unknown["
                    + a.ip() + "]: SASL LOGIN authentication failed: (reason unavailable), sasl_username=" + a.user()));
            lines.add(new Line(a.time().plusSeconds(3), syslog(a.time().plusSeconds(3)) + p + "disconnect from unknown["
                    + a.ip() + "] ehlo=1 auth=0/1 quit=1 commands=2/3"));
        }
        for (Message m : messages) {
            String p = "mail postfix/submission/smtpd[" + (++pid) + "]: ";
            String id = postfixId(m);
            Instant t = m.time();
            lines.add(new Line(t, syslog(t) + p + "connect from unknown[" + m.ip() + "]"));
            lines.add(new Line(t, syslog(t) + "mail postfix/submission/smtpd[" + pid + "]: Anonymous TLS connection"
                    + " established from unknown[" + m.ip() + "]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"));
            lines.add(new Line(t, syslog(t) + p + id + ": client=unknown[" + m.ip() + "], sasl_method=LOGIN,"
                    + " sasl_username=" + m.login()));
            lines.add(new Line(t, syslog(t) + "mail postfix/cleanup[900]: " + id + ": message-id=<" + messageId(m) + ">"));
            lines.add(new Line(t, syslog(t) + "mail postfix/qmgr[901]: " + id + ": from=<" + m.sender() + ">, size=1000,"
                    + " nrcpt=" + m.recipients().size() + " (queue active)"));
            lines.add(new Line(t.plusSeconds(1), syslog(t.plusSeconds(1)) + p + "disconnect from unknown[" + m.ip()
                    + "] ehlo=1 auth=1 mail=1 rcpt=" + m.recipients().size() + " data=1 quit=1 commands=6"));
            Instant d = m.deliveredAt();
            for (String r : m.recipients()) {
                lines.add(new Line(d, syslog(d) + "mail postfix/smtp[950]: " + id + ": to=<" + r + ">, "
                        + (m.delivered() ? "relay=mx." + domain(r) + "[192.0.2.10]:25, delay=30, delays=0/0/0/30,"
                        + " dsn=2.0.0, status=sent (250 2.0.0 Ok)" : "relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1,"
                        + " status=deferred (connect to mx." + domain(r) + "[192.0.2.99]:25: Connection timed out)")));
            }
            if (m.delivered()) {
                lines.add(new Line(d, syslog(d) + "mail postfix/qmgr[901]: " + id + ": removed"));
            }
        }
        return write(dir.resolve("mail.log"), lines);
    }

    Path writeExim(Path dir) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Attempt a : attempts) {
            lines.add(new Line(a.time(), exim(a.time()) + "dovecot_login authenticator failed for (bot) [" + a.ip()
                    + "]:50000: 535 Incorrect authentication data (set_id=" + a.user() + ")"));
        }
        for (Message m : messages) {
            String id = eximId(m);
            lines.add(new Line(m.time(), exim(m.time()) + id + " <= " + m.sender() + " H=(pc) [" + m.ip()
                    + "]:51000 P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_login:" + m.login()
                    + " S=1000 id=" + messageId(m)));
            Instant d = m.deliveredAt();
            for (String r : m.recipients()) {
                lines.add(new Line(d, exim(d) + id + (m.delivered() ? " => " + r + " R=dnslookup T=remote_smtp H=mx."
                        + domain(r) + " [192.0.2.10] C=\"250 2.0.0 Ok\"" : " == " + r + " R=dnslookup T=remote_smtp"
                        + " defer (110): Connection timed out")));
            }
            if (m.delivered()) {
                lines.add(new Line(d, exim(d) + id + " Completed"));
            }
        }
        return write(dir.resolve("mainlog"), lines);
    }

    Path writeSendmail(Path dir) throws IOException {
        List<Line> lines = new ArrayList<>();
        int pid = 3000;
        for (Attempt a : attempts) {
            lines.add(new Line(a.time(), syslog(a.time()) + "mail sm-mta[" + (++pid) + "]: AUTH failure (LOGIN):"
                    + " authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user="
                    + a.user() + ", relay=[" + a.ip() + "]"));
        }
        for (Message m : messages) {
            String id = sendmailId(m);
            String p = "mail sm-mta[" + (4000 + m.n()) + "]: ";
            Instant t = m.time();
            lines.add(new Line(t, syslog(t) + p + "STARTTLS=server, relay=[" + m.ip() + "], version=TLSv1.3,"
                    + " verify=NO, cipher=TLS_AES_256_GCM_SHA384, bits=256/256"));
            lines.add(new Line(t, syslog(t) + p + "AUTH=server, relay=[" + m.ip() + "], authid=" + m.login()
                    + ", mech=LOGIN, bits=0"));
            lines.add(new Line(t, syslog(t) + p + id + ": from=<" + m.sender() + ">, size=1000, class=0, nrcpts="
                    + m.recipients().size() + ", msgid=<" + messageId(m) + ">, proto=ESMTPSA, daemon=MSA, auth=LOGIN,"
                    + " relay=[" + m.ip() + "]"));
            Instant d = m.deliveredAt();
            for (String r : m.recipients()) {
                lines.add(new Line(d, syslog(d) + "mail sm-mta[" + (6000 + m.n()) + "]: " + id + ": to=<" + r
                        + ">, delay=00:00:30, xdelay=00:00:30, mailer=esmtp, pri=121000, relay=mx." + domain(r)
                        + ". [" + (m.delivered() ? "192.0.2.10], dsn=2.0.0, stat=Sent (Ok)" : "192.0.2.99], dsn=4.0.0,"
                        + " stat=Deferred: Connection timed out with mx." + domain(r) + ".")));
            }
        }
        return write(dir.resolve("maillog"), lines);
    }

    Path writeIceWarp(Path dir) throws IOException {
        List<Line> lines = new ArrayList<>();
        int session = 0x0D00;
        for (Attempt a : attempts) {
            String h = a.ip() + " [" + Integer.toHexString(++session).toUpperCase(Locale.ROOT) + "] ";
            Instant t = a.time();
            lines.add(new Line(t, h + time(t) + " Connected"));
            lines.add(new Line(t, h + time(t) + " <<< EHLO bot"));
            lines.add(new Line(t, h + time(t) + " <<< AUTH LOGIN"));
            lines.add(new Line(t, h + time(t) + " >>> 334 VXNlcm5hbWU6"));
            lines.add(new Line(t, h + time(t) + " <<< " + b64(a.user())));
            lines.add(new Line(t, h + time(t) + " >>> 334 UGFzc3dvcmQ6"));
            lines.add(new Line(t, h + time(t) + " <<< " + b64("guess" + a.time().getEpochSecond())));
            Instant e = t.plusSeconds(2);
            lines.add(new Line(e, h + time(e) + " >>> 535 5.7.8 Authentication credentials invalid"));
            lines.add(new Line(e, h + time(e) + " Disconnected"));
        }
        int client = 1400;
        for (Message m : messages) {
            String h = m.ip() + " [" + Integer.toHexString(++session).toUpperCase(Locale.ROOT) + "] ";
            Instant t = m.time();
            String id = iceWarpId(m);
            lines.add(new Line(t, h + time(t) + " Connected"));
            lines.add(new Line(t, h + time(t) + " <<< EHLO pc"));
            lines.add(new Line(t, h + time(t) + " <<< STARTTLS"));
            lines.add(new Line(t, h + time(t) + " >>> 220 2.0.0 Ready to start TLS"));
            lines.add(new Line(t, h + time(t) + " <<< AUTH LOGIN " + b64(m.login())));
            lines.add(new Line(t, h + time(t) + " >>> 334 UGFzc3dvcmQ6"));
            lines.add(new Line(t, h + time(t) + " <<< " + b64("Secret-" + m.n())));
            lines.add(new Line(t, h + time(t) + " >>> 235 2.0.0 Authentication successful"));
            lines.add(new Line(t, h + time(t) + " <<< MAIL From:<" + m.sender() + ">"));
            lines.add(new Line(t, h + time(t) + " >>> 250 2.1.0 Sender ok"));
            for (String r : m.recipients()) {
                lines.add(new Line(t, h + time(t) + " <<< RCPT To:<" + r + ">"));
                lines.add(new Line(t, h + time(t) + " >>> 250 2.1.5 Recipient ok"));
            }
            lines.add(new Line(t, h + time(t) + " <<< DATA"));
            lines.add(new Line(t, h + time(t) + " >>> 354 Enter mail"));
            lines.add(new Line(t, h + time(t) + " *** <" + m.sender() + "> <" + String.join("> <", m.recipients())
                    + "> " + m.recipients().size() + " 1000 00:00:01 OK " + id));
            lines.add(new Line(t, h + time(t) + " Disconnected"));
            Instant d = m.deliveredAt();
            for (String r : m.recipients()) {
                String c = "[" + (++client) + "] ";
                lines.add(new Line(d, "SYSTEM " + c + time(d) + " Client session Message id " + id + " <" + m.sender()
                        + "> <" + r + ">"));
                if (m.delivered()) {
                    String rh = "192.0.2.10 " + c + time(d);
                    lines.add(new Line(d, rh + " Connecting to mx." + domain(r)));
                    lines.add(new Line(d, rh + " >>> MAIL From:<" + m.sender() + ">"));
                    lines.add(new Line(d, rh + " <<< 250 2.1.0 Ok"));
                    lines.add(new Line(d, rh + " >>> RCPT To:<" + r + ">"));
                    lines.add(new Line(d, rh + " <<< 250 2.1.5 Ok"));
                    lines.add(new Line(d, rh + " >>> DATA"));
                    lines.add(new Line(d, rh + " <<< 354 go ahead"));
                    lines.add(new Line(d, rh + " *** <" + m.sender() + "> <" + r + "> 1 1000 00:00:01 OK"));
                    lines.add(new Line(d, rh + " Disconnected"));
                } else {
                    lines.add(new Line(d, "192.0.2.99 " + c + time(d) + " Could not connect to mx." + domain(r)
                            + " [192.0.2.99]: Connection timed out"));
                }
            }
        }
        return write(dir.resolve("s20261122.log"), lines);
    }

    /** Exchange: the receive protocol log and the message tracking log. */
    List<Path> writeExchange(Path dir) throws IOException {
        List<Line> recv = new ArrayList<>();
        String c = "EX01\\Client Frontend EX01";
        long session = 0x08DE0A1B2C3D0000L;
        for (Attempt a : attempts) {
            String s = Long.toHexString(++session).toUpperCase(Locale.ROOT);
            String pre = c + "," + s + ",";
            String end = ",192.0.2.1:587," + a.ip() + ":50000,";
            Instant t = a.time();
            recv.add(new Line(t, iso(t) + "," + pre + "0" + end + "+,,"));
            recv.add(new Line(t, iso(t) + "," + pre + "1" + end + "<,EHLO bot,"));
            recv.add(new Line(t, iso(t) + "," + pre + "2" + end + "<,AUTH LOGIN,"));
            Instant e = t.plusSeconds(2);
            recv.add(new Line(e, iso(e) + "," + pre + "3" + end + "*,,\"Inbound authentication failed with error"
                    + " LogonDenied for Receive connector Client Frontend EX01, mechanism Login. The user name that was"
                    + " attempted is " + a.user() + ".\""));
            recv.add(new Line(e, iso(e) + "," + pre + "4" + end + ">,535 5.7.3 Authentication unsuccessful,"));
            recv.add(new Line(e, iso(e) + "," + pre + "5" + end + "-,,Remote(SocketError)"));
        }
        List<Line> track = new ArrayList<>();
        for (Message m : messages) {
            String s = Long.toHexString(++session).toUpperCase(Locale.ROOT);
            String pre = c + "," + s + ",";
            String end = ",192.0.2.1:587," + m.ip() + ":51000,";
            Instant t = m.time();
            int seq = 0;
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "+,,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "<,EHLO pc,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "<,STARTTLS,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + ">,220 2.0.0 SMTP server ready,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "*,\"TLS protocol SP_PROT_TLS1_2_SERVER"
                    + " negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits\","));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "<,AUTH LOGIN,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "*," + m.login() + ",authenticated"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + ">,235 2.7.0 Authentication successful,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "<,MAIL FROM:<" + m.sender() + "> SIZE=1000,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + ">,250 2.1.0 Sender OK,"));
            for (String r : m.recipients()) {
                recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "<,RCPT TO:<" + r + ">,"));
                recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + ">,250 2.1.5 Recipient OK,"));
            }
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "<,DATA,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + ">,354 Start mail input,"));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + ">,\"250 2.6.0 <" + messageId(m) + ">"
                    + " [InternalId=" + exchangeId(m) + ", Hostname=EX01.example.com] Queued mail for delivery\","));
            recv.add(new Line(t, iso(t) + "," + pre + (seq++) + end + "-,,Local"));
            String common = exchangeId(m) + ",<" + messageId(m) + ">,,";
            track.add(new Line(t, iso(t) + "," + m.ip() + ",pc,192.0.2.1,EX01,\"" + s + ";" + iso(t) + ";0\","
                    + c + ",SMTP,RECEIVE," + common + String.join(";", m.recipients()) + ",,1000,"
                    + m.recipients().size() + ",,,subject," + m.sender() + "," + m.sender() + ",,Originating,,"
                    + m.ip() + ",192.0.2.1,,Email,,15.02.1544.004"));
            Instant d = m.deliveredAt();
            for (String r : m.recipients()) {
                track.add(new Line(d, iso(d) + ",192.0.2.1,EX01," + (m.delivered() ? "192.0.2.10,mx." + domain(r)
                        : ",EX01") + ",,Internet,SMTP," + (m.delivered() ? "SEND" : "DEFER") + "," + common + r + ","
                        + (m.delivered() ? "250 2.0.0 Ok" : "[{LED}=441 4.4.1 Error encountered while communicating"
                        + " with primary target IP address: Connection timed out]") + ",1000,1,,,subject,"
                        + m.sender() + "," + m.sender() + ",,Originating,,,,,Email,,15.02.1544.004"));
            }
        }
        List<String> recvHead = List.of("#Software: Microsoft Exchange Server", "#Version: 15.2.1544.4",
                "#Log-type: SMTP Receive Protocol Log", "#Date: 2026-11-22T00:00:00.000Z",
                "#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,"
                        + "context");
        List<String> trackHead = List.of("#Software: Microsoft Exchange Server", "#Version: 15.02.1544.004",
                "#Log-type: Message Tracking Log", "#Date: 2026-11-22T00:00:00.000Z",
                "#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,"
                        + "source,event-id,internal-message-id,message-id,network-message-id,recipient-address,"
                        + "recipient-status,total-bytes,recipient-count,related-recipient-address,reference,"
                        + "message-subject,sender-address,return-path,message-info,directionality,tenant-id,"
                        + "original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,"
                        + "schema-version");
        return List.of(write(dir.resolve("RECV20261122-1.LOG"), recvHead, recv),
                write(dir.resolve("MSGTRK20261122-1.LOG"), trackHead, track));
    }

    // ---- helpers

    private static String domain(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EXIM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private static String syslog(Instant t) {
        return SYSLOG.format(t) + " ";
    }

    private static String exim(Instant t) {
        return EXIM.format(t) + " ";
    }

    private static String time(Instant t) {
        return TIME.format(t);
    }

    private static String iso(Instant t) {
        return ISO.format(t);
    }

    private static Path write(Path file, List<Line> lines) throws IOException {
        return write(file, List.of(), lines);
    }

    /** Sorted by time, stable: lines of one moment keep the order they were written in. */
    private static Path write(Path file, List<String> head, List<Line> lines) throws IOException {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::time));
        List<String> text = new ArrayList<>(head);
        sorted.forEach(l -> text.add(l.text()));
        Files.write(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-22T23:59:00Z")));
        return file;
    }
}
