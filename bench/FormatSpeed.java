import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.smtpsentry.logs.LogInput;
import org.smtpsentry.logs.MailLogs;

/**
 * Parsing speed of every log format, side by side with Postfix's (syslog), on generated logs of the same traffic:
 * sessions with AUTH failures, authenticated messages and their deliveries (a third deferred). Each format's log has
 * about --lines lines; each is read --runs times after one warm-up read, and the best run counts.
 *
 * Run: java -cp target/smtpsentry.jar bench/FormatSpeed.java [--lines 200000] [--runs 5] [--out bench/out]
 *      [--only FORMAT [--postfix-rate LINES_PER_S]]: one format alone, its row only (bench/formats.sh runs each so)
 */
public class FormatSpeed {
    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EXIM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Instant START = Instant.parse("2026-11-22T00:00:00Z");

    public static void main(String[] args) throws IOException {
        int lines = 200_000;
        int runs = 5;
        Path out = Path.of("bench/out");
        String only = null;
        double postfix = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lines" -> lines = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--postfix-rate" -> postfix = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("FormatSpeed: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(out);
        if (only != null) { // one format in a JVM of its own, as a user's run reads one: formats.sh does this
            System.out.println(row(only, lines, runs, out, postfix));
            return;
        }
        // All in one JVM: the later formats run on code the JIT shaped for the earlier ones (a rough figure)
        System.out.println(HEADER);
        for (String format : FORMATS) {
            String row = row(format, lines, runs, out, postfix);
            if (format.equals("postfix")) {
                postfix = Double.parseDouble(row.substring(row.lastIndexOf(' ') + 1));
            }
            System.out.println(row);
        }
        System.out.println(FOOTER);
    }

    static final String[] FORMATS = {"postfix", "sendmail", "exim", "icewarp", "exchange"};
    static final String HEADER = String.format(Locale.ROOT, "%-10s %10s %8s %14s %12s %14s", "format", "lines", "events",
            "lines/s", "vs postfix", "(lines/s raw)");
    static final String FOOTER = "(\"vs postfix\" is how many times slower than Postfix's syslog lines; 1.00x or less is"
            + " as fast or faster)";

    /** The table row of one format: the best of {@code runs} reads after one to warm up. */
    private static String row(String format, int lines, int runs, Path out, double postfix) throws IOException {
        Path file = out.resolve(format.equals("icewarp") ? "s20261122.log" : "formats-" + format + ".log");
        if (!Files.exists(file) || Files.size(file) == 0) {
            generate(format, lines, file);
        }
        long[] result = read(file);
        double best = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            result = read(file);
            double seconds = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, result[0] / seconds);
        }
        double vs = format.equals("postfix") || postfix == 0 ? 1 : postfix / best;
        return String.format(Locale.ROOT, "%-10s %10d %8d %14s %11.2fx %14.0f", format, result[0], result[1],
                String.format(Locale.ROOT, "%,.0f", best), vs, best);
    }

    /** Lines and events of one read of {@code file}. */
    private static long[] read(Path file) {
        MailLogs logs = new MailLogs(List.of(LogInput.of(file.toString(), Instant.now())), null, ZoneOffset.UTC);
        long[] events = {0};
        logs.forEach(e -> events[0]++);
        return new long[] {logs.lines(), events[0]};
    }

    private static void generate(String format, int lines, Path file) throws IOException {
        List<String> out = new ArrayList<>(lines + 100);
        int n = 0;
        while (out.size() < lines) {
            Instant t = START.plusSeconds(n * 2L);
            String ip = "198.51." + (n % 200) + "." + (n % 250 + 1);
            String user = "user" + (n % 500) + "@example.com";
            boolean failure = n % 4 == 0;
            List<String> to = List.of("r" + n + "a@example.net", "r" + n + "b@example.org", "r" + n + "c@example.com");
            boolean defer = n % 3 == 0;
            switch (format) {
                case "postfix" -> postfix(out, n, t, ip, user, failure, to, defer);
                case "sendmail" -> sendmail(out, n, t, ip, user, failure, to, defer);
                case "exim" -> exim(out, n, t, ip, user, failure, to, defer);
                case "icewarp" -> icewarp(out, n, t, ip, user, failure, to, defer);
                default -> exchange(out, n, t, ip, user, failure, to, defer);
            }
            n++;
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String l : out) {
                w.write(l);
                w.write('\n');
            }
        }
        Files.setLastModifiedTime(file, FileTime.from(START.plusSeconds(n * 2L + 3600)));
    }

    private static void postfix(List<String> out, int n, Instant t, String ip, String user, boolean failure,
                                List<String> to, boolean defer) {
        String h = SYSLOG.format(t) + " mail postfix/submission/smtpd[" + (1000 + n % 3000) + "]: ";
        out.add(h + "connect from unknown[" + ip + "]");
        if (failure) {
            out.add(h + "warning: unknown[" + ip + "]: SASL LOGIN authentication failed: (reason unavailable),"
                    + " sasl_username=" + user);
            out.add(h + "disconnect from unknown[" + ip + "] ehlo=1 auth=0/1 quit=1 commands=2/3");
            return;
        }
        String id = String.format(Locale.ROOT, "4F%09X", n);
        out.add(h + "Anonymous TLS connection established from unknown[" + ip + "]: TLSv1.3 with cipher"
                + " TLS_AES_256_GCM_SHA384 (256/256 bits)");
        out.add(h + id + ": client=unknown[" + ip + "], sasl_method=LOGIN, sasl_username=" + user);
        out.add(SYSLOG.format(t) + " mail postfix/cleanup[900]: " + id + ": message-id=<" + n + "@pc.example.com>");
        out.add(SYSLOG.format(t) + " mail postfix/qmgr[901]: " + id + ": from=<" + user + ">, size=1843, nrcpt=3"
                + " (queue active)");
        out.add(h + "disconnect from unknown[" + ip + "] ehlo=1 auth=1 mail=1 rcpt=3 data=1 quit=1 commands=8");
        for (String r : to) {
            out.add(SYSLOG.format(t) + " mail postfix/smtp[950]: " + id + ": to=<" + r + ">, relay="
                    + (defer ? "none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net"
                    + "[192.0.2.99]:25: Connection timed out)" : "mx.example.net[192.0.2.10]:25, delay=1, delays="
                    + "0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Fv2Qn0abcdef)"));
        }
        if (!defer) {
            out.add(SYSLOG.format(t) + " mail postfix/qmgr[901]: " + id + ": removed");
        }
    }

    private static void sendmail(List<String> out, int n, Instant t, String ip, String user, boolean failure,
                                 List<String> to, boolean defer) {
        String h = SYSLOG.format(t) + " mail sm-mta[" + (1000 + n % 3000) + "]: ";
        if (failure) {
            out.add(h + "AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure:"
                    + " checkpass failed, user=" + user + ", relay=[" + ip + "]");
            out.add(h + "[" + ip + "] did not issue MAIL/EXPN/VRFY/ETRN during connection to MSA");
            return;
        }
        String id = String.format(Locale.ROOT, "5AMA%06dX%04d", n % 1_000_000, n % 10_000);
        out.add(h + "STARTTLS=server, relay=[" + ip + "], version=TLSv1.3, verify=NO, cipher=TLS_AES_256_GCM_SHA384,"
                + " bits=256/256");
        out.add(h + "AUTH=server, relay=[" + ip + "], authid=" + user + ", mech=LOGIN, bits=0");
        out.add(h + id + ": from=<" + user + ">, size=1843, class=0, nrcpts=3, msgid=<" + n + "@pc.example.com>,"
                + " proto=ESMTPSA, daemon=MSA, auth=LOGIN, relay=[" + ip + "]");
        for (String r : to) {
            out.add(SYSLOG.format(t) + " mail sm-mta[" + (5000 + n % 3000) + "]: " + id + ": to=<" + r + ">,"
                    + " delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=121843, relay=mx.example.net. ["
                    + (defer ? "192.0.2.99], dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.net."
                    : "192.0.2.10], dsn=2.0.0, stat=Sent (Ok: queued as 4Fv2Qn0abcdef)"));
        }
        out.add(SYSLOG.format(t) + " mail sm-mta[" + (5000 + n % 3000) + "]: " + id + ": done");
    }

    private static void exim(List<String> out, int n, Instant t, String ip, String user, boolean failure,
                             List<String> to, boolean defer) {
        String h = EXIM.format(t) + " ";
        if (failure) {
            out.add(h + "dovecot_login authenticator failed for (pc) [" + ip + "]:50000: 535 Incorrect authentication"
                    + " data (set_id=" + user + ")");
            out.add(h + "SMTP connection from (pc) [" + ip + "]:50000 lost D=2s");
            return;
        }
        String id = String.format(Locale.ROOT, "1tXyZa-%06d-AB", n % 1_000_000);
        out.add(h + id + " <= " + user + " H=(pc) [" + ip + "]:51000 I=[192.0.2.1]:587 P=esmtpsa"
                + " X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_login:" + user + " S=1843 id=" + n
                + "@pc.example.com");
        for (String r : to) {
            out.add(h + id + (defer ? " == " + r + " R=dnslookup T=remote_smtp defer (110): Connection timed out"
                    : " => " + r + " R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.10]"
                    + " X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 Ok: queued as 4Fv2Qn0abcdef\""));
        }
        if (!defer) {
            out.add(h + id + " Completed");
        }
    }

    private static void icewarp(List<String> out, int n, Instant t, String ip, String user, boolean failure,
                                List<String> to, boolean defer) {
        String h = ip + " [" + Integer.toHexString(0x1000 + n % 60000).toUpperCase(Locale.ROOT) + "] " + TIME.format(t);
        String b64user = Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
        out.add(h + " Connected");
        out.add(h + " <<< EHLO pc");
        out.add(h + " >>> 250-mail.example.com Hello pc [" + ip + "], pleased to meet you.");
        out.add(h + " <<< AUTH LOGIN");
        out.add(h + " >>> 334 VXNlcm5hbWU6");
        out.add(h + " <<< " + b64user);
        out.add(h + " >>> 334 UGFzc3dvcmQ6");
        out.add(h + " <<< c2VjcmV0LXBhc3N3b3Jk");
        if (failure) {
            out.add(h + " >>> 535 5.7.8 Authentication credentials invalid");
            out.add(h + " Disconnected");
            return;
        }
        String id = String.format(Locale.ROOT, "TUQ%06d", n % 1_000_000);
        out.add(h + " >>> 235 2.0.0 Authentication successful");
        out.add(h + " <<< MAIL From:<" + user + ">");
        out.add(h + " >>> 250 2.1.0 <" + user + ">... Sender ok");
        for (String r : to) {
            out.add(h + " <<< RCPT To:<" + r + ">");
            out.add(h + " >>> 250 2.1.5 <" + r + ">... Recipient ok; will forward");
        }
        out.add(h + " <<< DATA");
        out.add(h + " >>> 354 Enter mail, end with \".\" on a line by itself");
        out.add(h + " *** <" + user + "> <" + String.join("> <", to) + "> 3 1843 00:00:01 OK " + id);
        out.add(h + " Disconnected");
        String c = " [" + (n % 9000 + 1000) + "] " + TIME.format(t);
        out.add("SYSTEM" + c + " Client session Message id " + id + " <" + user + "> <" + String.join("> <", to) + ">");
        if (defer) {
            out.add("192.0.2.99" + c + " Could not connect to mx.example.net [192.0.2.99]: Connection timed out");
        } else {
            String r = "192.0.2.10" + c;
            out.add(r + " Connecting to mx.example.net");
            out.add(r + " >>> MAIL From:<" + user + ">");
            out.add(r + " <<< 250 2.1.0 Ok");
            for (String rcpt : to) {
                out.add(r + " >>> RCPT To:<" + rcpt + ">");
                out.add(r + " <<< 250 2.1.5 Ok");
            }
            out.add(r + " >>> DATA");
            out.add(r + " <<< 354 End data with <CR><LF>.<CR><LF>");
            out.add(r + " *** <" + user + "> <" + String.join("> <", to) + "> 3 1843 00:00:01 OK");
            out.add(r + " Disconnected");
        }
    }

    private static void exchange(List<String> out, int n, Instant t, String ip, String user, boolean failure,
                                 List<String> to, boolean defer) {
        if (out.isEmpty()) {
            out.add("#Software: Microsoft Exchange Server");
            out.add("#Log-type: SMTP Receive Protocol Log");
            out.add("#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,"
                    + "data,context");
        }
        String s = ISO.format(t) + ",EX01\\Client Frontend EX01," + String.format(Locale.ROOT, "08DE%012X", n) + ",";
        String e = ",192.0.2.1:587," + ip + ":51000,";
        int q = 0;
        out.add(s + (q++) + e + "+,,");
        out.add(s + (q++) + e + ">,\"220 ex01.example.com Microsoft ESMTP MAIL Service ready at Sun, 22 Nov 2026\",");
        out.add(s + (q++) + e + "<,EHLO pc,");
        out.add(s + (q++) + e + "<,AUTH LOGIN,");
        if (failure) {
            out.add(s + (q++) + e + "*,,\"Inbound authentication failed with error LogonDenied for Receive connector"
                    + " Client Frontend EX01, mechanism Login. The user name that was attempted is " + user + ".\"");
            out.add(s + (q++) + e + ">,535 5.7.3 Authentication unsuccessful,");
            out.add(s + (q++) + e + "-,,Remote(SocketError)");
            return;
        }
        out.add(s + (q++) + e + "*," + user + ",authenticated");
        out.add(s + (q++) + e + ">,235 2.7.0 Authentication successful,");
        out.add(s + (q++) + e + "<,MAIL FROM:<" + user + "> SIZE=1843,");
        out.add(s + (q++) + e + ">,250 2.1.0 Sender OK,");
        for (String r : to) {
            out.add(s + (q++) + e + "<,RCPT TO:<" + r + ">,");
            out.add(s + (q++) + e + ">,250 2.1.5 Recipient OK,");
        }
        out.add(s + (q++) + e + "<,DATA,");
        out.add(s + (q++) + e + ">,354 Start mail input; end with <CRLF>.<CRLF>,");
        out.add(s + (q++) + e + ">,\"250 2.6.0 <" + n + "@pc.example.com> [InternalId=" + (12884901000L + n)
                + ", Hostname=EX01.example.com] 2104 bytes in 0.120, 17,125 KB/sec Queued mail for delivery\",");
        out.add(s + (q++) + e + "<,QUIT,");
        out.add(s + (q++) + e + ">,221 2.0.0 Service closing transmission channel,");
        out.add(s + (q++) + e + "-,,Local");
    }
}
