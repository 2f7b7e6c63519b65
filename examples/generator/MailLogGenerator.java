import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a realistic syslog-style /var/log/mail.log of a Postfix 3.7 + Dovecot 2.3 server (mail.example.com, serving
 * example.com and example.org), deterministic from a seed. The last day generated is "a compromised-server day":
 * a brute force on SMTP AUTH that finds the weak password of sales@example.com, a spam run with forged senders
 * through that account from new IPs, a PHP contact form abused through pickup (uid 33), and a client that keeps
 * dropping the connection inside AUTH; the days before it (with --days or --lines) are ordinary days of the same
 * server. Every message's lines correlate by queue id, every session's lines by smtpd process.
 *
 * <p>Addresses come only from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
 * 2001:db8::/32) and 10.1.0.0/24 for the office LAN; domains are example.*, *.test and made-up names.
 *
 * <p>Run: {@code java examples/generator/MailLogGenerator.java [--seed N] [--start DATE | --end DATE] [--days N]
 * [--lines N] [--out FILE] [--truth FILE] [--queue-ids long|short] [--timestamps classic|rfc3339] [--zone ZONE]}.
 * No dependencies; Java 21.
 */
public final class MailLogGenerator {

    // ---------------------------------------------------------------------------------------------------------
    // Command line

    record Options(long seed, LocalDate start, LocalDate end, int days, long lines, Path out, Path truth,
                   boolean shortIds, boolean rfc3339, ZoneId zone, boolean clean, double scale) {
    }

    static final String USAGE = """
            usage: java MailLogGenerator.java [options]
              --seed N                 random seed (default 20261119); the same seed gives the same log
              --start YYYY-MM-DD       first day of the log (default: 2026-11-19 for one day)
              --end YYYY-MM-DD         last day of the log (the compromised day); instead of --start
              --days N                 number of days; the last one is the compromised day (default 1)
              --lines N                about N lines: adds ordinary days before the compromised day
              --out FILE               write the log to FILE (default: standard output)
              --truth FILE             write the ground truth (accounts, IPs, uid) to FILE
              --queue-ids long|short   Postfix long queue ids (default) or short hex ids
              --timestamps classic|rfc3339   "Nov 19 10:58:43" (default) or "2026-11-19T10:58:43.123456+00:00"
              --zone ZONE              time zone of the server's clock (default UTC)
              --clean                  leave out the few malformed lines (every line is then a real one)
              --scale F                F times the ordinary traffic and noise of every day (default 1)
            """;

    public static void main(String[] args) throws IOException {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("MailLogGenerator: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (o == null) {
            System.out.print(USAGE);
            return;
        }
        World world = new World(o.seed());
        int days = o.days();
        if (o.lines() > 0) {
            // Measure an ordinary week and the compromised day, then add ordinary days until about N lines.
            LocalDate probe = LocalDate.of(2026, 11, 9);
            Generator week = new Generator(world, o, null, probe, probe.plusDays(7));
            for (int i = 0; i < 7; i++) {
                week.day(probe.plusDays(i), false);
            }
            week.finish();
            double ordinary = week.lines / 7.0;
            long incident = new Generator(world, o, null, probe, probe).measure(probe, true);
            days = (int) Math.max(1, 1 + Math.round((o.lines() - incident) / ordinary));
        }
        LocalDate first = o.start() != null ? o.start()
                : o.end() != null ? o.end().minusDays(days - 1) : LocalDate.of(2026, 11, 19).minusDays(days - 1);
        LocalDate last = first.plusDays(days - 1);
        if (days > 365 && !o.rfc3339()) {
            System.err.println("MailLogGenerator: warning: " + days + " days with classic timestamps, which carry no "
                    + "year: a reader cannot order more than a year of them; use --scale or --timestamps rfc3339");
        }
        Writer w = o.out() == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(o.out(), StandardCharsets.UTF_8);
        Generator g = new Generator(world, o, w, first, last);
        try (w) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                g.day(d, d.equals(last));
            }
            g.finish();
        }
        if (o.truth() != null) {
            Files.writeString(o.truth(), g.truth(), StandardCharsets.UTF_8);
        }
    }

    static Options parse(String[] args) {
        long seed = 20261119L;
        LocalDate start = null;
        LocalDate end = null;
        int days = 1;
        long lines = 0;
        Path out = null;
        Path truth = null;
        boolean shortIds = false;
        boolean rfc3339 = false;
        ZoneId zone = ZoneOffset.UTC;
        boolean clean = false;
        double scale = 1;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                return null;
            }
            if (a.equals("--clean")) {
                clean = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + ": unknown option or missing value");
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--start" -> start = LocalDate.parse(v);
                    case "--end" -> end = LocalDate.parse(v);
                    case "--days" -> days = Integer.parseInt(v);
                    case "--lines" -> lines = Long.parseLong(v);
                    case "--out" -> out = Path.of(v);
                    case "--truth" -> truth = Path.of(v);
                    case "--queue-ids" -> shortIds = switch (v) {
                        case "long" -> false;
                        case "short" -> true;
                        default -> throw new IllegalArgumentException("--queue-ids " + v + ": use long or short");
                    };
                    case "--timestamps" -> rfc3339 = switch (v) {
                        case "classic" -> false;
                        case "rfc3339" -> true;
                        default -> throw new IllegalArgumentException("--timestamps " + v + ": use classic or rfc3339");
                    };
                    case "--zone" -> zone = ZoneId.of(v);
                    case "--scale" -> scale = Double.parseDouble(v);
                    default -> throw new IllegalArgumentException(a + ": unknown option");
                }
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new IllegalArgumentException(a + " " + v + ": not a valid value (" + e.getMessage() + ")");
            }
        }
        if (start != null && end != null) {
            throw new IllegalArgumentException("--start and --end: give only one of them");
        }
        if (days < 1 || days > 3660 || lines < 0 || !(scale > 0 && scale <= 100)) {
            throw new IllegalArgumentException("--days must be 1..3660, --lines positive, --scale in (0, 100]");
        }
        return new Options(seed, start, end, days, lines, out, truth, shortIds, rfc3339, zone, clean, scale);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The server's world: accounts, their usual addresses, correspondents. Fixed by the seed, the same every day.

    static final String SERVER_IP = "192.0.2.10";
    static final String SERVER_NAME = "mail.example.com";
    static final String BRUTE_FORCE_IP = "203.0.113.45";
    static final String AUTH_ABORT_IP = "203.0.113.130";
    static final List<String> SPAM_IPS = List.of("198.51.100.23", "198.51.100.61", "198.51.100.142", "198.51.100.200");
    static final String COMPROMISED = "sales@example.com";
    static final int WEB_UID = 33;

    enum Kind { ORDINARY, SUPPORT, NEWSLETTER, COMPROMISED }

    /** A mailbox owner who sends mail through SMTP AUTH from one or two usual places. */
    record Account(String login, Kind kind, double perDay, List<Place> places, boolean sendsAsRole, String role) {
    }

    /** A client address as smtpd shows it: name (or "unknown") and IP. */
    record Place(String name, String ip) {
        String client() {
            return name + "[" + ip + "]";
        }
    }

    /** A correspondent's mail domain and its MX. */
    record Domain(String name, String mx, String mxIp) {
    }

    static final class World {
        final List<Account> accounts = new ArrayList<>();
        final List<String> members = new ArrayList<>();
        final List<String> localMailboxes = new ArrayList<>();
        final List<Domain> partners = new ArrayList<>();
        final List<Place> partnerMtas = new ArrayList<>();
        final Set<String> reserved = new HashSet<>();
        final long seed;

        static final String[] FIRST = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan",
                "judy", "karl", "laura", "mike", "nina", "oscar", "olivia", "peggy", "quentin", "rupert", "sybil",
                "trent", "ursula", "victor", "walter", "wendy", "xavier", "yvonne", "zoe", "anna", "ben", "chris",
                "diana", "emil", "fiona", "georg", "hanna", "igor", "jana", "kevin", "lena"};
        static final String[] LAST = {"adams", "baker", "clark", "davis", "evans", "fischer", "garcia", "hughes",
                "ito", "jones", "keller", "lopez", "meyer", "novak", "olsen", "perez", "quinn", "roth", "smith",
                "taylor", "usman", "vogel", "weber", "xu", "young", "zimmer", "berg", "costa", "dubois", "engel",
                "fox", "graf", "hart", "ilic", "jung", "kraus", "lang", "moser", "nagel", "ott"};

        World(long seed) {
            this.seed = seed;
            SplittableRandom r = new SplittableRandom(seed);
            reserved.add(SERVER_IP);
            reserved.add(BRUTE_FORCE_IP);
            reserved.add(AUTH_ABORT_IP);
            reserved.addAll(SPAM_IPS);
            String[] names = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
                    "karl", "laura", "mike", "nina", "oscar"};
            String[] orgNames = {"olivia", "peggy", "rupert", "sybil", "trent", "ursula", "victor", "walter", "wendy",
                    "xavier", "yvonne"};
            int lan = 20;
            int home = 100;
            List<String> logins = new ArrayList<>();
            for (String n : names) {
                logins.add(n + "@example.com");
            }
            for (String n : orgNames) {
                logins.add(n + "@example.org");
            }
            logins.add("billing@example.com");
            for (String login : logins) {
                List<Place> places = new ArrayList<>();
                places.add(new Place("unknown", "10.1.0." + lan++));
                if (r.nextDouble() < 0.6) {
                    int h = home++;
                    places.add(r.nextBoolean() ? new Place("unknown", "192.0.2." + h)
                            : new Place("host-192-0-2-" + h + ".dsl.example.net", "192.0.2." + h));
                }
                boolean role = login.startsWith("heidi") || login.startsWith("olivia");
                accounts.add(new Account(login, Kind.ORDINARY, 5 + r.nextInt(0, 30), places, role,
                        login.endsWith("example.org") ? "info@example.org" : "office@example.com"));
            }
            accounts.add(new Account("support@example.com", Kind.SUPPORT, 40,
                    List.of(new Place("unknown", "10.1.0." + lan++)), false, null));
            accounts.add(new Account("newsletter@example.org", Kind.NEWSLETTER, 3,
                    List.of(new Place("unknown", "10.1.0." + lan++)), false, null));
            accounts.add(new Account(COMPROMISED, Kind.COMPROMISED, 14,
                    List.of(new Place("unknown", "10.1.0." + lan++),
                            new Place("host-192-0-2-" + home + ".dsl.example.net", "192.0.2." + home++)), false, null));
            for (Account a : accounts) {
                for (Place p : a.places()) {
                    reserved.add(p.ip());
                }
            }
            Set<String> seen = new HashSet<>();
            while (members.size() < 300) {
                String m = FIRST[r.nextInt(FIRST.length)] + "." + LAST[r.nextInt(LAST.length)] + "@example.org";
                if (seen.add(m)) {
                    members.add(m);
                }
            }
            for (Account a : accounts) {
                localMailboxes.add(a.login());
            }
            localMailboxes.add("info@example.org");
            localMailboxes.add("office@example.com");
            localMailboxes.add("info@example.com");
            localMailboxes.add("postmaster@example.com");
            String[] partnerNames = {"example.net", "mail.example.net", "acme-supplies.test", "northwind.test",
                    "fabrikam.test", "globex.test", "initech.test", "umbrella-bank.test", "hooli.test",
                    "contoso.test", "wayne-logistics.test", "stark-industries.test", "cyberdyne.test", "tyrell.test",
                    "soylent.test", "gringotts.test", "vandelay.test", "oceanic-air.test", "monarch.test",
                    "dunder-paper.test", "example.edu", "city-council.example", "school.example", "lawyers.example",
                    "tax-advisor.test", "printshop.test", "travel-agency.test", "hotel-lakeside.test",
                    "freemail.example", "webmail.example"};
            int mx = 20;
            for (String d : partnerNames) {
                String ip = r.nextDouble() < 0.15 ? "2001:db8:25::" + Integer.toHexString(mx++) : "192.0.2." + mx++;
                Domain dom = new Domain(d, "mx" + (r.nextBoolean() ? "1." : ".") + d, ip);
                partners.add(dom);
                partnerMtas.add(new Place(ip.contains(":") ? "mail." + d : "mx-out." + d, ip));
                reserved.add(ip);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // One log line before formatting; sorted by time, then by the order it was made (cause before effect).

    record Entry(long ms, long seq, String tag, String message) {
    }

    static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::ms).thenComparingLong(Entry::seq);

    // Postfix's long queue ids: seconds and microseconds in base 52, 'z', the inode in base 51 (no vowels).
    static final String B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz";
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec"};
    static final String TLS13 = "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 "
            + "server-signature RSA-PSS (2048 bits) server-digest SHA256";
    static final String TLS12 = "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)";
    static final String SYLLABLES = "ba be bi bo bu da de di do du fa fe fi ka ke ki ko ku la le li lo lu ma me mi mo "
            + "mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo";

    // ---------------------------------------------------------------------------------------------------------
    // The generator: days of traffic into a time-ordered buffer, flushed day by day.

    enum Fate { LMTP, LOCAL, SENT, GREYLIST, SLOW_THEN_SENT, USER_UNKNOWN, BLOCKLISTED, DNS_TEMP, DNS_NX, TIMEOUT }

    /** The smtpd command counters in the order Postfix prints them on the disconnect line. */
    enum Cmd { HELO, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA, BDAT, RSET, NOOP, VRFY, QUIT, UNKNOWN }

    static final class Generator {
        final World w;
        final Options o;
        final Writer out;
        final long runEnd;
        final List<Entry> buf = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final Set<Integer> pids = new HashSet<>();
        final List<Domain> spamDomains = new ArrayList<>();
        final Map<String, Fate> spamFate = new LinkedHashMap<>();
        final List<String> forgedDomains = new ArrayList<>();
        final Map<String, Domain> domains = new java.util.HashMap<>();
        long seq;
        long lines;
        SplittableRandom r;
        long dayStart;
        long dayEnd;
        long epochDay;
        boolean incident;
        long purgeAt = Long.MAX_VALUE;
        final List<Msg> purged = new ArrayList<>();
        // ground truth and figures of the compromised day
        int spamMessages;
        int spamRecipients;
        int scriptMessages;
        int bruteForceAttempts;
        int abortSessions;
        final Set<String> bruteForceUsers = new HashSet<>();

        Generator(World w, Options o, Writer out, LocalDate first, LocalDate last) {
            this.w = w;
            this.o = o;
            this.out = out;
            this.runEnd = last.plusDays(1).atStartOfDay(o.zone()).toInstant().toEpochMilli() - 1;
            SplittableRandom dr = new SplittableRandom(w.seed ^ 0x5eedL);
            Set<String> seen = new HashSet<>();
            String[] syl = SYLLABLES.split(" ");
            String[] tlds = {"test", "test", "test", "example", "invalid"};
            while (spamDomains.size() < 2600) {
                StringBuilder n = new StringBuilder();
                int k = dr.nextInt(2, 5);
                for (int i = 0; i < k; i++) {
                    n.append(syl[dr.nextInt(syl.length)]);
                }
                if (dr.nextDouble() < 0.25) {
                    n.append(dr.nextBoolean() ? "-mail" : "-net");
                }
                String name = n + "." + tlds[dr.nextInt(tlds.length)];
                if (!seen.add(name)) {
                    continue;
                }
                String ip = dr.nextDouble() < 0.2 ? "2001:db8:bad:" + Integer.toHexString(dr.nextInt(1, 4096)) + "::25"
                        : "192.0.2." + dr.nextInt(200, 255);
                Domain d = new Domain(name, (dr.nextBoolean() ? "mx." : "mail.") + name, ip);
                double x = dr.nextDouble();
                Fate f = x < 0.45 ? Fate.DNS_TEMP : x < 0.53 ? Fate.DNS_NX : x < 0.78 ? Fate.TIMEOUT
                        : x < 0.83 ? Fate.USER_UNKNOWN : x < 0.94 ? Fate.SENT : Fate.GREYLIST;
                spamDomains.add(d);
                domains.put(name, d);
                spamFate.put(name, f);
            }
            for (Domain d : w.partners) {
                domains.put(d.name(), d);
            }
            while (forgedDomains.size() < 220) {
                String name = syl[dr.nextInt(syl.length)] + syl[dr.nextInt(syl.length)] + syl[dr.nextInt(syl.length)]
                        + (dr.nextBoolean() ? "-shop" : "") + ".test";
                if (seen.add(name)) {
                    forgedDomains.add(name);
                    double x = dr.nextDouble();
                    spamFate.put(name, x < 0.25 ? Fate.DNS_TEMP : x < 0.85 ? Fate.DNS_NX : x < 0.95 ? Fate.TIMEOUT
                            : Fate.USER_UNKNOWN);
                }
            }
        }

        /** Lines one day would have, without writing them. */
        long measure(LocalDate d, boolean compromised) throws IOException {
            day(d, compromised);
            finish();
            return lines;
        }

        // ----- days

        void day(LocalDate d, boolean compromised) throws IOException {
            incident = compromised;
            epochDay = d.toEpochDay();
            dayStart = d.atStartOfDay(o.zone()).toInstant().toEpochMilli();
            dayEnd = d.plusDays(1).atStartOfDay(o.zone()).toInstant().toEpochMilli() - 1;
            r = new SplittableRandom(w.seed * 1_000_003L + epochDay * 7919L + (compromised ? 1 : 0));
            ids.clear();
            pids.clear();
            purgeAt = compromised ? at(15, 0, 7) : Long.MAX_VALUE;
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;

            systemLines();
            for (Account a : w.accounts) {
                honestDay(a, d, weekend);
            }
            inbound(weekend);
            internetNoise();
            contactForm();
            cronMail();
            if (compromised) {
                bruteForce();
                authAborts();
                spamRun();
                scriptAbuse();
                purge();
            }
            anvil();
            if (!o.clean()) {
                malformed();
            }
            flush(dayEnd);
        }

        void finish() throws IOException {
            flush(Long.MAX_VALUE);
            if (out != null) {
                out.flush();
            }
        }

        void flush(long upTo) throws IOException {
            buf.sort(ORDER);
            int n = 0;
            while (n < buf.size() && buf.get(n).ms() <= upTo) {
                Entry e = buf.get(n++);
                if (e.ms() > runEnd) {
                    continue;
                }
                lines++;
                if (out != null) {
                    out.write(e.tag() == null ? e.message() : format(e.ms(), e.seq(), e.tag(), e.message()));
                    out.write('\n');
                }
            }
            buf.subList(0, n).clear();
        }

        String format(long ms, long sequence, String tag, String message) {
            ZonedDateTime t = Instant.ofEpochMilli(ms).atZone(o.zone());
            StringBuilder b = new StringBuilder(40 + tag.length() + message.length());
            if (o.rfc3339()) {
                b.append(t.getYear()).append('-');
                two(b, t.getMonthValue()).append('-');
                two(b, t.getDayOfMonth()).append('T');
                two(b, t.getHour()).append(':');
                two(b, t.getMinute()).append(':');
                two(b, t.getSecond()).append('.');
                String micros = Long.toString(1_000_000L + (ms % 1000) * 1000 + (sequence * 7919) % 1000);
                b.append(micros, 1, 7);
                int off = t.getOffset().getTotalSeconds();
                b.append(off < 0 ? '-' : '+');
                two(b, Math.abs(off) / 3600).append(':');
                two(b, Math.abs(off) / 60 % 60);
            } else {
                b.append(MONTHS[t.getMonthValue() - 1]).append(' ');
                if (t.getDayOfMonth() < 10) {
                    b.append(' ');
                }
                b.append(t.getDayOfMonth()).append(' ');
                two(b, t.getHour()).append(':');
                two(b, t.getMinute()).append(':');
                two(b, t.getSecond());
            }
            return b.append(" mail ").append(tag).append(": ").append(message).toString();
        }

        static StringBuilder two(StringBuilder b, int v) {
            if (v < 10) {
                b.append('0');
            }
            return b.append(v);
        }

        // ----- primitives

        void log(long ms, String tag, String message) {
            buf.add(new Entry(ms, seq++, tag, message));
        }

        long at(int h, int m, int s) {
            return dayStart + ((h * 60L + m) * 60 + s) * 1000;
        }

        long at(int h, int m) {
            return at(h, m, r.nextInt(60)) + r.nextInt(1000);
        }

        long sec(double s) {
            return Math.round(s * 1000);
        }

        boolean chance(double p) {
            return r.nextDouble() < p;
        }

        double between(double a, double b) {
            return a + r.nextDouble() * (b - a);
        }

        <T> T pick(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        <T> T pick(T[] list) {
            return list[r.nextInt(list.length)];
        }

        /** A count between {@code min} and {@code max}, times --scale. */
        int scaled(int min, int max) {
            return (int) Math.round(r.nextInt(min, max) * o.scale());
        }

        int poisson(double mean) {
            double l = Math.exp(-mean);
            if (mean > 30) {
                return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextDouble() * 2 - Math.sqrt(mean)));
            }
            int k = 0;
            double p = r.nextDouble();
            while (p > l) {
                k++;
                p *= r.nextDouble();
            }
            return k;
        }

        /** A time of the working day: mostly office hours, some early and evening mail. */
        long officeTime() {
            double x = r.nextDouble();
            if (x < 0.08) {
                return at(6, 0) + sec(between(0, 5400));
            }
            if (x < 0.2) {
                return at(18, 30) + sec(between(0, 4.5 * 3600));
            }
            double h = r.nextBoolean() ? 7.5 + Math.abs(r.nextDouble() + r.nextDouble() - 1) * 4.5 + r.nextDouble()
                    : 13 + r.nextDouble() * 5.5;
            return dayStart + sec(h * 3600);
        }

        int pid(long ms) {
            long base = (epochDay * 41017L + (ms - dayStart) * 40000L / 86_400_000L) % 3_900_000L + 1000;
            int p = (int) base + r.nextInt(0, 40);
            while (!pids.add(p)) {
                p++;
            }
            return p;
        }

        static final int QMGR = 1187;

        String qid(long ms) {
            while (true) {
                String id = o.shortIds() ? shortId(ms) : longId(ms);
                if (ids.add(id)) {
                    return id;
                }
            }
        }

        String longId(long ms) {
            StringBuilder b = new StringBuilder(16);
            base(b, ms / 1000, 52, 6);
            base(b, (ms % 1000) * 1000 + r.nextInt(1000), 52, 4);
            b.append('z');
            long inode = r.nextLong(130_000, 9_000_000);
            StringBuilder n = new StringBuilder();
            while (inode > 0) {
                n.append(B52.charAt((int) (inode % 51)));
                inode /= 51;
            }
            return b.append(n.reverse()).toString();
        }

        static void base(StringBuilder b, long v, int radix, int width) {
            char[] c = new char[width];
            for (int i = width - 1; i >= 0; i--) {
                c[i] = B52.charAt((int) (v % radix));
                v /= radix;
            }
            b.append(c);
        }

        String shortId(long ms) {
            long usec = (ms % 1000) * 1000 + r.nextInt(1000);
            return String.format(Locale.ROOT, "%05X%X", usec, r.nextLong(0x10000, 0xFFFFF));
        }

        String token(int n) {
            String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append(a.charAt(r.nextInt(a.length())));
            }
            return b.toString();
        }

        String hex(int n) {
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append("0123456789abcdef".charAt(r.nextInt(16)));
            }
            return b.toString();
        }

        String stamp(long ms) {
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), o.zone())
                    .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));
        }

        String anvilStamp(long ms) {
            String f = format(ms, 0, "x", "");
            return o.rfc3339() ? LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), o.zone())
                    .format(DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT)) : f.substring(0, 15);
        }

        /** Postfix's delay figures: integers from 10 s, one decimal from 1 s, two below, "0" for nothing. */
        static String delay(double s) {
            if (s >= 10) {
                return Long.toString(Math.round(s));
            }
            if (s >= 1) {
                String v = String.format(Locale.ROOT, "%.1f", s);
                return v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
            }
            if (s < 0.005) {
                return "0";
            }
            String v = String.format(Locale.ROOT, "%.2f", s);
            return v.endsWith("0") ? v.substring(0, v.length() - 1) : v;
        }

        String person(String domain) {
            String f = pick(World.FIRST);
            return switch (r.nextInt(3)) {
                case 0 -> f + "@" + domain;
                case 1 -> f + "." + pick(World.LAST) + "@" + domain;
                default -> f.charAt(0) + pick(World.LAST) + "@" + domain;
            };
        }

        String noiseIp() {
            while (true) {
                String ip = switch (r.nextInt(10)) {
                    case 0 -> "2001:db8:" + Integer.toHexString(r.nextInt(0x100, 0xffff)) + "::"
                            + Integer.toHexString(r.nextInt(1, 0xffff));
                    case 1, 2, 3, 4 -> "203.0.113." + r.nextInt(1, 255);
                    default -> "198.51.100." + r.nextInt(1, 255);
                };
                if (!w.reserved.contains(ip)) {
                    return ip;
                }
            }
        }

        int port() {
            return r.nextInt(32768, 61000);
        }

        String bracket(String ip, int port) {
            return "[" + ip + "]:" + port;
        }

        String messageId(String domain) {
            return switch (r.nextInt(3)) {
                case 0 -> hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12) + "@" + domain;
                case 1 -> (hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12))
                        .toUpperCase(Locale.ROOT) + "@" + domain;
                default -> "CA" + token(30).replace('/', '_').replace('+', '-') + "@mail." + domain;
            };
        }

        // ----- sessions

        /** One smtpd session: one process, its lines, its command counters. */
        final class Session {
            final String tag;
            final Place client;
            final int[] ok = new int[Cmd.values().length];
            final int[] all = new int[Cmd.values().length];
            long t;

            Session(String service, Place client, long start) {
                this(service, client, start, null);
            }

            /** A session whose connect line follows a warning, e.g. a name that does not resolve back. */
            Session(String service, Place client, long start, String warning) {
                this.tag = service + "[" + pid(start) + "]";
                this.client = client;
                this.t = start;
                if (warning != null) {
                    log(t, tag, warning);
                }
                log(t, tag, "connect from " + client.client());
            }

            Session say(String message) {
                log(t, tag, message);
                return this;
            }

            Session after(double min, double max) {
                t += sec(between(min, max));
                return this;
            }

            Session cmd(Cmd c, boolean success) {
                all[c.ordinal()]++;
                if (success) {
                    ok[c.ordinal()]++;
                }
                return this;
            }

            /** EHLO, and STARTTLS with a second EHLO on the submission port (465 is TLS from the start). */
            Session greet(boolean starttls) {
                if (tag.startsWith("postfix/submissions/")) {
                    after(0.05, 0.2).say("Anonymous TLS connection established from " + client.client() + ": "
                            + (chance(0.8) ? TLS13 : TLS12));
                    return after(0.02, 0.3).cmd(Cmd.EHLO, true);
                }
                after(0.02, 0.3).cmd(Cmd.EHLO, true);
                if (starttls) {
                    after(0.02, 0.2).cmd(Cmd.STARTTLS, true).after(0.05, 0.2)
                            .say("Anonymous TLS connection established from " + client.client() + ": "
                                    + (chance(0.8) ? TLS13 : TLS12));
                    after(0.01, 0.1).cmd(Cmd.EHLO, true);
                }
                return this;
            }

            void quit() {
                after(0.01, 0.3).cmd(Cmd.QUIT, true);
                disconnect();
            }

            void lost(String after) {
                after(0.01, 2);
                say("lost connection after " + after + " from " + client.client());
                disconnect();
            }

            void disconnect() {
                StringBuilder b = new StringBuilder("disconnect from ").append(client.client());
                int okSum = 0;
                int allSum = 0;
                for (Cmd c : Cmd.values()) {
                    int i = c.ordinal();
                    if (all[i] == 0) {
                        continue;
                    }
                    okSum += ok[i];
                    allSum += all[i];
                    b.append(' ').append(c.name().toLowerCase(Locale.ROOT)).append('=').append(ok[i]);
                    if (ok[i] != all[i]) {
                        b.append('/').append(all[i]);
                    }
                }
                b.append(" commands=").append(okSum);
                if (okSum != allSum) {
                    b.append('/').append(allSum);
                }
                log(t, tag, b.toString());
            }

            /** A failed AUTH: Dovecot's verdict, then smtpd's warning after the auth penalty. */
            void authFails(String user, boolean known, double penalty, boolean connectionLost) {
                authFails(Math.floorMod(user.hashCode(), 4) == 0 ? "PLAIN" : "LOGIN", user, known, penalty,
                        connectionLost);
            }

            void authFails(String mech, String user, boolean known, double penalty, boolean connectionLost) {
                after(0.05, 0.4).cmd(Cmd.AUTH, false);
                if (connectionLost) {
                    t += sec(between(9.5, 10.5));
                    log(t, "dovecot", "auth: Warning: auth client 0 disconnected with 1 pending requests: EOF");
                    say("warning: " + client.client() + ": SASL " + mech
                            + " authentication failed: Connection lost to authentication server, "
                            + "sasl_username=(unavailable)");
                    return;
                }
                log(t, "dovecot", "auth: passwd-file(" + user + "," + client.ip() + "): "
                        + (known ? "Password mismatch" : "unknown user"));
                t += sec(penalty + between(0.01, 0.2));
                say("warning: " + client.client() + ": SASL " + mech + " authentication failed: "
                        + "(reason unavailable), sasl_username=" + user);
            }

            /** MAIL, RCPT..., DATA of one message; returns it accepted, delivered later by the queue. */
            Msg send(String login, String method, String from, List<String> to, long size,
                     String messageId) {
                after(0.05, 0.6).cmd(Cmd.MAIL, true);
                after(0.02, 0.2).cmd(Cmd.RCPT, true);
                Msg m = new Msg(qid(t), from, size, messageId, t);
                say(m.id + ": client=" + client.client()
                        + (login == null ? "" : ", sasl_method=" + method + ", sasl_username=" + login));
                for (int i = 1; i < to.size(); i++) {
                    after(0.005, to.size() > 20 ? 0.02 : 0.15).cmd(Cmd.RCPT, true);
                }
                for (String rcpt : to) {
                    m.rcpts.add(new Rcpt(rcpt, null, fate(rcpt, t)));
                }
                after(0.1, 0.3).cmd(Cmd.DATA, true);
                t += sec(size / 1_000_000.0 + between(0.05, 0.4));
                log(t, "postfix/cleanup[" + pid(t) + "]", m.id + ": message-id=<" + messageId + ">");
                queue(m, t + sec(between(0.005, 0.05)));
                after(0.01, 0.1);
                return m;
            }
        }

        // ----- the queue: messages, their recipients, delivery attempts, retries, bounces

        final class Msg {
            final String id;
            final String from;
            final long size;
            final String messageId;
            final long created;
            final List<Rcpt> rcpts = new ArrayList<>();

            Msg(String id, String from, long size, String messageId, long created) {
                this.id = id;
                this.from = from;
                this.size = size;
                this.messageId = messageId;
                this.created = created;
            }
        }

        static final class Rcpt {
            final String to;
            final String origTo;
            final Fate fate;
            int tries;
            boolean done;

            Rcpt(String to, String origTo, Fate fate) {
                this.to = to;
                this.origTo = origTo;
                this.fate = fate;
            }

            String domain() {
                return to.substring(to.indexOf('@') + 1);
            }
        }

        boolean isLocal(String address) {
            return address.endsWith("@example.com") || address.endsWith("@example.org");
        }

        Fate fate(String rcpt, long t) {
            if (rcpt.endsWith("@" + SERVER_NAME)) {
                return Fate.LOCAL;
            }
            if (isLocal(rcpt)) {
                return Fate.LMTP;
            }
            Fate f = spamFate.get(rcpt.substring(rcpt.indexOf('@') + 1));
            if (f != null) {
                return f;
            }
            double x = r.nextDouble();
            if (incident && t > dayStart + 14 * 3600_000L
                    && (rcpt.endsWith("example.net") || rcpt.endsWith("freemail.example")) && x < 0.25) {
                return Fate.BLOCKLISTED; // the server's address is on a blocklist after the spam run
            }
            return x < 0.955 ? Fate.SENT : x < 0.975 ? Fate.GREYLIST : x < 0.99 ? Fate.SLOW_THEN_SENT
                    : Fate.USER_UNKNOWN;
        }

        Domain domainOf(String name) {
            Domain d = domains.get(name);
            if (d == null) {
                Domain like = spamDomains.get(Math.floorMod(name.hashCode(), spamDomains.size()));
                d = new Domain(name, "mx." + name, like.mxIp());
                domains.put(name, d);
            }
            return d;
        }

        /** Delivery attempts from {@code active} on: the first one, then retries with Postfix's backoff. */
        void queue(Msg m, long active) {
            long t = active;
            int attempt = 0;
            while (true) {
                if (t >= purgeAt && m.created < purgeAt) {
                    purged.add(m);
                    return;
                }
                if (t > runEnd) {
                    return;
                }
                List<Rcpt> pending = new ArrayList<>();
                for (Rcpt rc : m.rcpts) {
                    if (!rc.done) {
                        pending.add(rc);
                    }
                }
                log(t, "postfix/qmgr[" + QMGR + "]", m.id + ": from=<" + m.from + ">, size=" + m.size + ", nrcpt="
                        + pending.size() + " (queue active)");
                long tt = t;
                int lmtpPid = 0;
                int smtpPid = 0;
                String lastDomain = null;
                List<Rcpt> bounced = new ArrayList<>();
                for (Rcpt rc : pending) {
                    tt += sec(between(0.001, pending.size() > 50 ? 0.08 : 0.02));
                    double a = Math.max(0.01, (t - m.created) / 1000.0 + between(0.0, 0.05));
                    double b = between(0, 0.02);
                    switch (rc.fate) {
                        case LMTP -> {
                            if (lmtpPid == 0) {
                                lmtpPid = pid(tt);
                            }
                            double d = between(0.01, 0.1) + m.size / 5_000_000.0;
                            double c = between(0, 0.01);
                            tt += sec(c + d);
                            String session = token(22).replace('+', 'x').replace('/', 'y');
                            log(tt - 1, "dovecot", "lmtp(" + rc.to + ")<" + (lmtpPid + 3) + "><" + session
                                    + ">: msgid=<" + m.messageId + ">: saved mail to INBOX");
                            delivered(m, rc, "postfix/lmtp[" + lmtpPid + "]", tt, a, b, c, d,
                                    SERVER_NAME + "[private/dovecot-lmtp]", "2.0.0",
                                    "sent (250 2.0.0 <" + rc.to + "> " + session + " Saved)");
                        }
                        case LOCAL -> {
                            double d = between(0.01, 0.05);
                            tt += sec(d);
                            delivered(m, rc, "postfix/local[" + pid(tt) + "]", tt, a, b, 0, d, "local", "2.0.0",
                                    "sent (delivered to mailbox)");
                        }
                        default -> {
                            if (smtpPid == 0 || !rc.domain().equals(lastDomain)) {
                                smtpPid = pid(tt);
                            }
                            tt = remote(m, rc, attempt, tt, a, b, smtpPid, !rc.domain().equals(lastDomain));
                            lastDomain = rc.domain();
                        }
                    }
                    if (rc.done && (rc.fate == Fate.USER_UNKNOWN || rc.fate == Fate.BLOCKLISTED
                            || rc.fate == Fate.DNS_NX)) {
                        bounced.add(rc);
                    }
                }
                tt += sec(between(0.01, 0.2));
                if (!bounced.isEmpty() && !m.from.isEmpty()) {
                    nonDelivery(m, tt);
                    tt += sec(between(0.01, 0.1));
                }
                boolean allDone = true;
                for (Rcpt rc : m.rcpts) {
                    allDone &= rc.done;
                }
                if (allDone) {
                    log(tt, "postfix/qmgr[" + QMGR + "]", m.id + ": removed");
                    return;
                }
                // Postfix's backoff: the message's age, between minimal_backoff_time (300 s) and
                // maximal_backoff_time (4000 s), then the next queue run (queue_run_delay 300 s).
                long age = Math.max(300_000, Math.min(4_000_000, tt - m.created));
                t = tt + age + r.nextLong(0, 300_000);
                attempt++;
            }
        }

        void delivered(Msg m, Rcpt rc, String tag, long t, double a, double b, double c, double d, String relay,
                       String dsn, String status) {
            rc.done = !status.startsWith("deferred");
            log(t, tag, m.id + ": to=<" + rc.to + ">" + (rc.origTo == null ? "" : ", orig_to=<" + rc.origTo + ">")
                    + ", relay=" + relay + ", delay=" + delay(a + b + c + d) + ", delays=" + delay(a) + "/"
                    + delay(b) + "/" + delay(c) + "/" + delay(d) + ", dsn=" + dsn + ", status=" + status);
        }

        /** One attempt through postfix/smtp (or postfix/error for a destination that failed moments ago). */
        long remote(Msg m, Rcpt rc, int attempt, long t, double a, double b, int smtpPid, boolean newConnection) {
            String dom = rc.domain();
            Domain d = domainOf(dom);
            String tag = "postfix/smtp[" + smtpPid + "]";
            String relay = d.mx() + "[" + d.mxIp() + "]:25";
            rc.tries++;
            boolean temporary = rc.fate == Fate.DNS_TEMP || rc.fate == Fate.TIMEOUT
                    || (rc.fate == Fate.GREYLIST && rc.tries == 1) || (rc.fate == Fate.SLOW_THEN_SENT && rc.tries <= 2);
            String reason = switch (rc.fate) {
                case DNS_TEMP -> "Host or domain name not found. Name service error for name=" + dom
                        + " type=MX: Host not found, try again";
                case TIMEOUT, SLOW_THEN_SENT -> "connect to " + relay + ": Connection timed out";
                default -> null;
            };
            if (attempt > 0 && reason != null && temporary && chance(0.5)) {
                t += sec(between(0.001, 0.01));
                delivered(m, rc, "postfix/error[" + pid(t) + "]", t, a, b, 0, between(0.001, 0.02), "none",
                        rc.fate == Fate.DNS_TEMP ? "4.4.3" : "4.4.1", "deferred (delivery temporarily suspended: "
                                + reason + ")");
                return t;
            }
            switch (rc.fate) {
                case DNS_TEMP -> {
                    double c = between(0.05, 1.5);
                    t += sec(c);
                    delivered(m, rc, tag, t, a, b, c, 0, "none", "4.4.3", "deferred (" + reason + ")");
                }
                case DNS_NX -> {
                    double c = between(0.02, 0.6);
                    t += sec(c);
                    delivered(m, rc, tag, t, a, b, c, 0, "none", "5.4.4", "bounced (Host or domain name not found. "
                            + "Name service error for name=" + dom + " type=A: Host not found)");
                }
                case TIMEOUT -> {
                    double c = 30 + between(0, 0.2);
                    t += sec(c);
                    if (chance(0.3)) {
                        log(t - sec(30), tag, "connect to mx2." + dom + "[" + d.mxIp().replace("::25", "::26")
                                + "]:25: Connection timed out");
                    }
                    delivered(m, rc, tag, t, a, b, c, 0, "none", "4.4.1", "deferred (" + reason + ")");
                }
                case SLOW_THEN_SENT -> {
                    if (temporary) {
                        double c = 30 + between(0, 0.2);
                        t += sec(c);
                        delivered(m, rc, tag, t, a, b, c, 0, "none", "4.4.1", "deferred (" + reason + ")");
                    } else {
                        t = sent(m, rc, t, a, b, tag, relay, newConnection);
                    }
                }
                case GREYLIST -> {
                    if (temporary) {
                        double c = between(0.1, 0.5);
                        double dd = between(0.05, 0.3);
                        t += sec(c + dd);
                        delivered(m, rc, tag, t, a, b, c, dd, relay, "4.2.0", "deferred (host " + relay.substring(0,
                                relay.length() - 3) + " said: 450 4.2.0 <" + rc.to
                                + ">: Recipient address rejected: Greylisted, please try again later "
                                + "(in reply to RCPT TO command))");
                    } else {
                        t = sent(m, rc, t, a, b, tag, relay, newConnection);
                    }
                }
                case USER_UNKNOWN -> {
                    double c = between(0.1, 0.5);
                    double dd = between(0.05, 0.3);
                    t += sec(c + dd);
                    delivered(m, rc, tag, t, a, b, c, dd, relay, "5.1.1", "bounced (host " + relay.substring(0,
                            relay.length() - 3) + " said: 550 5.1.1 <" + rc.to
                            + ">: Recipient address rejected: User unknown in virtual mailbox table "
                            + "(in reply to RCPT TO command))");
                }
                case BLOCKLISTED -> {
                    double c = between(0.1, 0.5);
                    double dd = between(0.05, 0.3);
                    t += sec(c + dd);
                    delivered(m, rc, tag, t, a, b, c, dd, relay, "5.7.1", "bounced (host " + relay.substring(0,
                            relay.length() - 3) + " said: 554 5.7.1 Service unavailable; Client host [" + SERVER_IP
                            + "] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/" + SERVER_IP
                            + " (in reply to RCPT TO command))");
                }
                default -> t = sent(m, rc, t, a, b, tag, relay, newConnection);
            }
            return t;
        }

        long sent(Msg m, Rcpt rc, long t, double a, double b, String tag, String relay, boolean newConnection) {
            double c = newConnection ? between(0.05, 0.6) : 0;
            double d = between(0.05, 0.8) + m.size / 2_000_000.0;
            if (newConnection && chance(0.85)) {
                log(t + sec(c * 0.9), tag, (chance(0.6) ? "Trusted" : "Untrusted") + " TLS connection established to "
                        + relay + ": " + (chance(0.85) ? TLS13 : TLS12));
            }
            t += sec(c + d);
            String reply = switch (r.nextInt(3)) {
                case 0 -> "250 2.0.0 Ok: queued as " + (o.shortIds() ? shortId(t) : longId(t));
                case 1 -> "250 2.0.0 OK  " + (t / 1000) + " " + token(12).replace('/', 'x').replace('+', 'y')
                        + ".2 - gsmtp";
                default -> "250 2.6.0 <" + m.messageId + "> [InternalId=" + r.nextLong(10_000_000_000L,
                        99_999_999_999L) + "] Queued mail for delivery";
            };
            delivered(m, rc, tag, t, a, b, c, d, relay, "2.0.0", "sent (" + reply + ")");
            return t;
        }

        /** bounce(8) returns the message to its sender: a new message from <>, with its own life. */
        void nonDelivery(Msg m, long t) {
            String id = qid(t);
            String mid = stamp(t) + "." + id + "@" + SERVER_NAME;
            log(t, "postfix/cleanup[" + pid(t) + "]", id + ": message-id=<" + mid + ">");
            log(t + 1, "postfix/bounce[" + pid(t) + "]", m.id + ": sender non-delivery notification: " + id);
            Msg ndr = new Msg(id, "", 2500 + m.size / 4 + r.nextInt(2000), mid, t);
            ndr.rcpts.add(new Rcpt(m.from, null, fate(m.from, t)));
            queue(ndr, t + sec(between(0.01, 0.05)));
        }

        void purge() {
            if (purged.isEmpty()) {
                return;
            }
            purged.sort(Comparator.comparing(x -> x.id));
            int p = pid(purgeAt);
            long t = purgeAt;
            for (Msg m : purged) {
                t += r.nextInt(0, 3);
                log(t, "postfix/postsuper[" + p + "]", m.id + ": removed");
            }
            log(t + 5, "postfix/postsuper[" + p + "]", "Deleted: " + purged.size() + " messages");
            purged.clear();
        }

        // ----- the people of the server

        String service() {
            return chance(0.3) ? "postfix/submissions/smtpd" : "postfix/submission/smtpd";
        }

        String method(Account a) {
            return Math.floorMod(a.login().hashCode(), 3) == 0 ? "LOGIN" : "PLAIN";
        }

        List<String> honestRecipients(Account a) {
            double x = r.nextDouble();
            int n = x < 0.7 ? 1 : x < 0.95 ? r.nextInt(2, 4) : r.nextInt(4, 9);
            List<String> to = new ArrayList<>();
            while (to.size() < n) {
                String rcpt = chance(0.35) ? pick(w.localMailboxes) : person(pick(w.partners).name());
                if (!rcpt.equals(a.login()) && !to.contains(rcpt)) {
                    to.add(rcpt);
                }
            }
            return to;
        }

        void honestDay(Account a, LocalDate d, boolean weekend) {
            double factor = weekend ? 0.12 : 1.0;
            int count = switch (a.kind()) {
                case SUPPORT -> (int) ((weekend ? r.nextInt(0, 4) : r.nextInt(35, 46)) * o.scale());
                default -> poisson(a.perDay() * factor * o.scale());
            };
            if (incident && a.kind() == Kind.COMPROMISED) {
                salesOwnerDay(a);
                return;
            }
            for (int i = 0; i < count; i++) {
                long t = officeTime();
                Place p = a.places().size() > 1 && chance(0.25) ? a.places().get(1) : a.places().get(0);
                Session s = new Session(service(), p, t);
                s.greet(true);
                s.after(0.05, 0.5).cmd(Cmd.AUTH, true);
                int messages = chance(0.1) ? 2 : 1;
                for (int k = 0; k < messages; k++) {
                    List<String> to = a.kind() == Kind.SUPPORT
                            ? List.of(person(pick(w.partners).name())) : honestRecipients(a);
                    String from = a.sendsAsRole() && chance(0.2) ? a.role() : a.login();
                    long size = chance(0.15) ? r.nextLong(100_000, 4_000_000) : r.nextLong(1_500, 60_000);
                    s.send(a.login(), method(a), from, to, size, messageId(from.substring(
                            from.indexOf('@') + 1)));
                }
                s.quit();
            }
            if (!weekend && a.kind() != Kind.SUPPORT) {
                imap(a);
            }
            if (a.kind() == Kind.NEWSLETTER && (incident || d.getDayOfWeek() == DayOfWeek.MONDAY)) {
                newsletter(a);
            }
        }

        /** The club's newsletter: one message to all 300 local members at once. */
        void newsletter(Account a) {
            Session s = new Session("postfix/submission/smtpd", a.places().get(0), at(10, 0, 4) + r.nextInt(1000));
            s.greet(true);
            s.after(0.05, 0.3).cmd(Cmd.AUTH, true);
            s.send(a.login(), "PLAIN", a.login(), w.members, 48_213,
                    messageId("example.org"));
            s.quit();
        }

        /** The owner of sales@example.com: ordinary mail all day; the administrator changes the password at 14:52. */
        void salesOwnerDay(Account a) {
            int count = 16;
            long changed = at(14, 52, 0);
            for (int i = 0; i < count; i++) {
                long t = i == 0 ? at(6, 52) : officeTime(); // the first one from home, before work
                if (t > changed - 600_000 && t < changed + 1800_000) {
                    continue;
                }
                Place p = a.places().get(t > at(18, 0, 0) || t < at(7, 30, 0) ? 1 : 0);
                Session s = new Session("postfix/submission/smtpd", p, t);
                s.greet(true);
                s.after(0.05, 0.5).cmd(Cmd.AUTH, true);
                s.send(a.login(), "PLAIN", a.login(), honestRecipients(a), r.nextLong(2_000, 80_000),
                        messageId("example.com"));
                s.quit();
            }
            // the mail program still has the old password, twice; then the new one
            for (long t : new long[] {at(15, 7, 41), at(15, 9, 3)}) {
                Session s = new Session("postfix/submission/smtpd", a.places().get(0), t);
                s.greet(true);
                s.authFails("PLAIN", a.login(), true, 2, false);
                s.quit();
            }
            Session s = new Session("postfix/submission/smtpd", a.places().get(0), at(15, 21, 18));
            s.greet(true);
            s.after(0.05, 0.5).cmd(Cmd.AUTH, true);
            s.send(a.login(), "PLAIN", a.login(), honestRecipients(a), 23_114,
                    messageId("example.com"));
            s.quit();
        }

        void imap(Account a) {
            int logins = r.nextInt(1, 4);
            for (int i = 0; i < logins; i++) {
                long t = officeTime();
                Place p = a.places().get(a.places().size() > 1 && chance(0.3) ? 1 : 0);
                String session = token(16);
                int mpid = pid(t);
                if (chance(0.03)) {
                    log(t, "dovecot", "auth: passwd-file(" + a.login() + "," + p.ip() + ",<" + session
                            + ">): Password mismatch");
                    log(t + 2100, "dovecot", "imap-login: Disconnected: Connection closed (auth failed, 1 attempts "
                            + "in 2 secs): user=<" + a.login() + ">, method=PLAIN, rip=" + p.ip() + ", lip="
                            + SERVER_IP + ", TLS, session=<" + session + ">");
                    t += 30_000;
                    session = token(16);
                }
                log(t, "dovecot", "imap-login: Login: user=<" + a.login() + ">, method=PLAIN, rip=" + p.ip()
                        + ", lip=" + SERVER_IP + ", mpid=" + mpid + ", TLS, session=<" + session + ">");
                long end = t + sec(between(300, 4 * 3600));
                if (end > dayEnd) {
                    continue; // still logged in at midnight
                }
                log(end, "dovecot", "imap(" + a.login() + ")<" + mpid + "><" + session + ">: Logged out in="
                        + r.nextInt(200, 9000) + " out=" + r.nextInt(2000, 900_000) + " deleted=0 expunged=0 "
                        + "trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0");
            }
        }

        /** postscreen in front of port 25: a CONNECT and a PASS before smtpd sees the client. */
        long postscreen(String ip, long t, boolean known) {
            String tag = "postfix/postscreen[" + (1900 + epochDay % 500) + "]";
            int port = port();
            log(t, tag, "CONNECT from " + bracket(ip, port) + " to " + (ip.contains(":") ? "[2001:db8::10]:25"
                    : "[" + SERVER_IP + "]:25"));
            if (known) {
                t += sec(between(0.001, 0.01));
                log(t, tag, "PASS OLD " + bracket(ip, port));
            } else {
                t += sec(6 + between(0, 0.1));
                log(t, tag, "PASS NEW " + bracket(ip, port));
            }
            return t + sec(between(0.001, 0.01));
        }

        /** Mail from the internet to the local mailboxes. */
        void inbound(boolean weekend) {
            int n = (int) (((weekend ? 3 : 5) * w.accounts.size() + w.members.size() * (weekend ? 0.05 : 0.15))
                    * o.scale());
            for (int i = 0; i < n; i++) {
                long t = chance(0.7) ? officeTime() : dayStart + r.nextLong(86_000_000);
                Place mta = pick(w.partnerMtas);
                String domain = w.partners.get(w.partnerMtas.indexOf(mta)).name();
                t = postscreen(mta.ip(), t, true);
                Session s = new Session("postfix/smtpd", mta, t);
                s.greet(chance(0.9));
                String to = chance(0.75) ? pick(w.localMailboxes) : pick(w.members);
                String from = chance(0.05) ? "" : person(domain);
                s.send(null, null, from, List.of(to), r.nextLong(3_000, 300_000),
                        messageId(domain));
                s.quit();
            }
        }

        /** The web site's contact form: a few honest messages a day to info@, through PHP mail() and pickup. */
        void contactForm() {
            int n = r.nextInt(1, 6);
            for (int i = 0; i < n; i++) {
                pickup(officeTime(), WEB_UID, "www-data", List.of(chance(0.5) ? "info@example.com"
                        : "info@example.org"), r.nextLong(900, 3000));
            }
        }

        void cronMail() {
            pickup(at(6, 25, 7) + r.nextInt(30_000), 0, "root", List.of("root"), r.nextLong(4000, 40_000));
        }

        Msg pickup(long t, int uid, String user, List<String> to, long size) {
            String id = qid(t);
            log(t, "postfix/pickup[" + (2200 + epochDay % 700) + "]", id + ": uid=" + uid + " from=<" + user + ">");
            t += sec(between(0.005, 0.05));
            String mid = stamp(t) + "." + id + "@" + SERVER_NAME;
            log(t, "postfix/cleanup[" + pid(t) + "]", id + ": message-id=<" + mid + ">");
            Msg m = new Msg(id, user + "@" + SERVER_NAME, size, mid, t);
            for (String rcpt : to) {
                if (rcpt.indexOf('@') < 0) {
                    m.rcpts.add(new Rcpt(rcpt + "@" + SERVER_NAME, rcpt, Fate.LOCAL));
                } else {
                    m.rcpts.add(new Rcpt(rcpt, null, fate(rcpt, t)));
                }
            }
            queue(m, t + sec(between(0.005, 0.05)));
            return m;
        }

        // ----- the internet's background noise

        String helo(String ip) {
            return switch (r.nextInt(5)) {
                case 0 -> "[" + ip + "]";
                case 1 -> "User";
                case 2 -> "localhost";
                case 3 -> pick(World.FIRST).toUpperCase(Locale.ROOT) + "-PC";
                default -> "mail." + pick(forgedDomains);
            };
        }

        void internetNoise() {
            String ps = "postfix/postscreen[" + (1900 + epochDay % 500) + "]";
            // blocklisted clients turned away by postscreen
            for (int i = 0, n = scaled(60, 90); i < n; i++) {
                long t = dayStart + r.nextLong(86_300_000);
                String ip = noiseIp();
                int port = port();
                log(t, ps, "CONNECT from " + bracket(ip, port) + " to [" + SERVER_IP + "]:25");
                log(t + 40, "postfix/dnsblog[" + pid(t) + "]", "addr " + ip + " listed by domain zen.spamhaus.org as 127.0.0."
                        + pick(new String[] {"2", "3", "4", "11"}));
                log(t + sec(between(0.2, 1)), ps, "DNSBL rank " + r.nextInt(3, 6) + " for " + bracket(ip, port));
                long u = t + sec(between(1, 4));
                if (chance(0.6)) {
                    log(u, ps, "NOQUEUE: reject: RCPT from " + bracket(ip, port)
                            + ": 550 5.7.1 Service unavailable; client [" + ip + "] blocked using zen.spamhaus.org; "
                            + "from=<" + person(pick(forgedDomains)) + ">, to=<" + pick(w.localMailboxes)
                            + ">, proto=ESMTP, helo=<" + helo(ip) + ">");
                    u += sec(between(0.1, 1));
                }
                log(u, ps, "DISCONNECT " + bracket(ip, port));
            }
            // bots that talk before the greeting, or hang up
            for (int i = 0, n = scaled(30, 50); i < n; i++) {
                long t = dayStart + r.nextLong(86_300_000);
                String ip = noiseIp();
                int port = port();
                log(t, ps, "CONNECT from " + bracket(ip, port) + " to [" + SERVER_IP + "]:25");
                double after = between(0.01, 3);
                if (chance(0.5)) {
                    log(t + sec(after), ps, "PREGREET " + r.nextInt(11, 30) + " after " + delay(after) + " from "
                            + bracket(ip, port) + ": EHLO " + helo(ip) + "\\r\\n");
                } else {
                    log(t + sec(after), ps, "HANGUP after " + delay(after) + " from " + bracket(ip, port)
                            + " in tests before SMTP handshake");
                }
                log(t + sec(after) + 5, ps, "DISCONNECT " + bracket(ip, port));
            }
            // relay attempts, bad senders, unknown recipients, RBL in smtpd
            for (int i = 0, n = scaled(60, 90); i < n; i++) {
                long t = dayStart + r.nextLong(86_300_000);
                String ip = noiseIp();
                t = postscreen(ip, t, chance(0.3));
                Place p = new Place("unknown", ip);
                String warning = chance(0.1) ? "warning: hostname host" + r.nextInt(1, 250) + "."
                        + pick(forgedDomains) + " does not resolve to address " + ip + ": Name or service not known"
                        : null;
                Session s = new Session("postfix/smtpd", p, t, warning);
                s.greet(chance(0.4));
                String h = helo(ip);
                String from = person(pick(forgedDomains));
                double x = r.nextDouble();
                int rcpts = x < 0.5 ? r.nextInt(1, 4) : 1;
                String relayCode = chance(0.8) ? "454 4.7.1 <" : "554 5.7.1 <";
                s.after(0.05, 0.5).cmd(Cmd.MAIL, true);
                for (int k = 0; k < rcpts; k++) {
                    s.after(0.05, 0.5).cmd(Cmd.RCPT, false);
                    String reject;
                    String to;
                    if (x < 0.5) {
                        to = person(pick(w.partners).name());
                        reject = relayCode + to + ">: Relay access denied";
                    } else if (x < 0.7) {
                        to = pick(w.localMailboxes);
                        reject = "450 4.1.8 <" + from + ">: Sender address rejected: Domain not found";
                    } else if (x < 0.85) {
                        to = pick(World.FIRST) + r.nextInt(10, 99) + "@example." + (chance(0.5) ? "com" : "org");
                        reject = "550 5.1.1 <" + to + ">: Recipient address rejected: User unknown in virtual "
                                + "mailbox table";
                    } else {
                        to = pick(w.localMailboxes);
                        reject = "554 5.7.1 Service unavailable; Client host [" + ip + "] blocked using "
                                + "bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?" + ip;
                    }
                    s.say("NOQUEUE: reject: RCPT from " + p.client() + ": " + reject + "; from=<" + from + "> to=<"
                            + to + "> proto=ESMTP helo=<" + h + ">");
                }
                if (chance(0.5)) {
                    s.after(0.05, 0.3).cmd(Cmd.RSET, true);
                }
                if (chance(0.7)) {
                    s.quit();
                } else {
                    s.lost("RCPT");
                }
            }
            // scanners
            for (int i = 0, n = scaled(50, 80); i < n; i++) {
                long t = dayStart + r.nextLong(86_300_000);
                String ip = noiseIp();
                boolean submission = chance(0.5);
                if (!submission) {
                    t = postscreen(ip, t, chance(0.3));
                }
                Place p = new Place("unknown", ip);
                Session s = new Session(submission ? "postfix/submission/smtpd" : "postfix/smtpd", p, t);
                switch (r.nextInt(5)) {
                    case 0 -> s.lost("CONNECT");
                    case 1 -> {
                        s.greet(false);
                        s.lost("EHLO");
                    }
                    case 2 -> {
                        s.after(0.1, 1).cmd(Cmd.UNKNOWN, false).say("warning: non-SMTP command from " + p.client()
                                + ": GET / HTTP/1.1");
                        s.disconnect();
                    }
                    case 3 -> {
                        s.greet(false);
                        s.after(0.05, 0.2).cmd(Cmd.STARTTLS, true).say("SSL_accept error from " + p.client() + ": -1");
                        s.say("warning: TLS library problem: error:0A000126:SSL routines::unexpected eof while "
                                + "reading:../ssl/record/rec_layer_s3.c:317:");
                        s.lost("STARTTLS");
                    }
                    default -> {
                        s.after(0.1, 0.5).say("improper command pipelining after CONNECT from " + p.client()
                                + ": EHLO " + helo(ip) + "\\r\\nQUIT\\r\\n");
                        s.cmd(Cmd.EHLO, true).quit();
                    }
                }
            }
            // low and slow AUTH guessing from many addresses
            String[] guesses = {"admin", "info", "test", "office", "contact", "webmaster", "support", "postmaster",
                    "user", "mail", "marketing", "hr", "noreply", "root", "guest", "scanner", "printer"};
            for (int i = 0, n = scaled(8, 14); i < n; i++) {
                String ip = noiseIp();
                long t = dayStart + r.nextLong(80_000_000);
                int tries = r.nextInt(1, 9);
                boolean port25 = chance(0.5);
                for (int k = 0; k < tries; k++) {
                    if (port25) {
                        t = postscreen(ip, t, k > 0);
                    }
                    Session s = new Session(port25 ? "postfix/smtpd" : "postfix/submission/smtpd",
                            new Place("unknown", ip), t);
                    s.greet(!port25);
                    String g = pick(guesses);
                    String user = chance(0.3) ? g : g + "@example." + (chance(0.6) ? "com" : "org");
                    if (chance(0.08)) {
                        s.after(0.1, 0.5).cmd(Cmd.AUTH, false).say("warning: " + s.client.client()
                                + ": SASL LOGIN authentication failed: UGFzc3dvcmQ6");
                    } else {
                        s.authFails(user, false, k == 0 ? 0 : 2, false);
                    }
                    s.quit();
                    t = s.t + sec(between(60, 2400));
                }
            }
        }

        void systemLines() {
            log(at(0, 0, 1) + r.nextInt(900), "rsyslogd", "[origin software=\"rsyslogd\" swVersion=\"8.2302.0\" "
                    + "x-pid=\"498\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed");
            for (int h = 0; h < 24; h++) {
                log(at(h, 17, 1), "CRON[" + pid(at(h, 17, 1)) + "]",
                        "(root) CMD (cd / && run-parts --report /etc/cron.hourly)");
            }
            log(at(6, 25, 1), "CRON[" + pid(at(6, 25, 1)) + "]",
                    "(root) CMD (test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; })");
            if (chance(0.5)) {
                long t = dayStart + r.nextLong(86_000_000);
                log(t, "kernel", String.format(Locale.ROOT, "[%d.%06d] TCP: request_sock_TCP: Possible SYN "
                                + "flooding on port 25. Sending cookies.  Check SNMP counters.",
                        1_200_000 + (t - dayStart) / 1000 + epochDay % 1000 * 86400, r.nextInt(1_000_000)));
            }
        }

        void anvil() {
            for (long t = dayStart + 600_000; t < dayEnd; t += 600_000) {
                if (!chance(incident ? 0.6 : 0.3)) {
                    continue;
                }
                String tag = "postfix/anvil[" + pid(t) + "]";
                boolean bf = incident && t > at(2, 10, 0) && t < at(3, 10, 0);
                String ip = bf ? BRUTE_FORCE_IP : noiseIp();
                String svc = bf ? "submission" : "smtp";
                long when = t - r.nextLong(1, 600_000);
                log(t, tag, "statistics: max connection rate " + (bf ? r.nextInt(6, 12) : r.nextInt(1, 4))
                        + "/60s for (" + svc + ":" + ip + ") at " + anvilStamp(when));
                log(t, tag, "statistics: max connection count " + (bf ? 3 : r.nextInt(1, 3)) + " for (" + svc + ":"
                        + ip + ") at " + anvilStamp(when));
                log(t, tag, "statistics: max cache size " + r.nextInt(1, 9) + " at " + anvilStamp(when + 1000));
            }
        }

        /** A few lines that no parser should take: cut short, headless, or full of rsyslog's escaped NULs. */
        void malformed() {
            List<Entry> today = new ArrayList<>();
            for (Entry e : buf) {
                if (e.ms() >= dayStart && e.ms() <= dayEnd && e.tag() != null && e.tag().startsWith("postfix/")) {
                    today.add(e);
                }
            }
            if (today.isEmpty()) {
                return;
            }
            for (int i = 0; i < 2; i++) {
                Entry e = pick(today);
                String full = format(e.ms(), e.seq(), e.tag(), e.message());
                log(e.ms(), null, full.substring(0, Math.max(20, full.length() * r.nextInt(30, 80) / 100)));
            }
            Entry e = pick(today);
            log(e.ms(), null, "ction after RCPT from unknown[" + noiseIp() + "]");
            e = pick(today);
            log(e.ms(), null, "#000#000#000#000#000#000" + format(e.ms(), e.seq(), e.tag(), e.message()).substring(24));
        }

        // ----- the compromised day

        /** 203.0.113.45 guesses passwords on the submission port for an hour and finds sales@example.com's. */
        void bruteForce() {
            String[] names = {"admin", "info", "test", "sales", "office", "contact", "webmaster", "support",
                    "postmaster", "user", "mail", "marketing", "billing", "hr", "accounts", "jobs", "noreply", "abuse",
                    "root", "guest", "manager", "service", "help", "orders", "shop", "booking", "reception", "team",
                    "finance", "it", "newsletter", "alice", "bob", "carol", "dave", "frank", "olivia", "peggy",
                    "victor", "scanner", "print", "backup", "demo", "web", "ftp", "press"};
            List<String> guesses = new ArrayList<>();
            for (String n : names) {
                guesses.add(n + "@example.com");
                guesses.add(n + "@example.org");
                if (n.length() < 7) {
                    guesses.add(n);
                }
            }
            Set<String> known = new HashSet<>(w.localMailboxes);
            Place bot = new Place("unknown", BRUTE_FORCE_IP);
            long start = at(2, 7, 31);
            long found = at(3, 4, 52);
            int failures = 0;
            // three connections at a time, each one AUTH after another, slowed by Dovecot's penalty
            for (int lane = 0; lane < 3; lane++) {
                long t = start + lane * 2_300L;
                while (t < found - 25_000) {
                    Session s = new Session("postfix/submission/smtpd", bot, t);
                    s.greet(true);
                    int tries = r.nextInt(1, 4);
                    for (int k = 0; k < tries && s.t < found - 25_000; k++) {
                        String user = chance(0.06) ? COMPROMISED : pick(guesses);
                        failures++;
                        bruteForceUsers.add(user);
                        bruteForceAttempts++;
                        boolean lost = failures > 4 && chance(0.35);
                        s.authFails(user, known.contains(user), failures < 4 ? 1 << failures : 15, lost);
                    }
                    if (chance(0.8)) {
                        s.quit();
                    } else {
                        s.lost("AUTH");
                    }
                    t = s.t + sec(between(0.3, 3));
                }
            }
            // the right password: a login with nothing after it, then a test message a few minutes later
            Session s = new Session("postfix/submission/smtpd", bot, found);
            s.greet(true);
            s.after(0.1, 0.4).cmd(Cmd.AUTH, true);
            s.quit();
            bruteForceAttempts++;
            s = new Session("postfix/submission/smtpd", bot, at(3, 9, 14));
            s.greet(true);
            s.after(0.1, 0.4).cmd(Cmd.AUTH, true);
            s.send(COMPROMISED, "LOGIN", COMPROMISED, List.of("ok" + r.nextInt(1000, 9999) + "@webmail.example"), 812, stamp(s.t) + "." + hex(10) + "@" + SERVER_NAME);
            s.quit();
        }

        /** 203.0.113.130 opens AUTH and drops the connection, over and over, all day. */
        void authAborts() {
            Place bot = new Place("unknown", AUTH_ABORT_IP);
            long t = at(8, 31, 0);
            boolean first = true;
            while (t < at(18, 0, 0)) {
                int burst = r.nextInt(4, 16);
                for (int i = 0; i < burst; i++) {
                    t = postscreen(AUTH_ABORT_IP, t, !first);
                    first = false;
                    Session s = new Session("postfix/smtpd", bot, t);
                    s.greet(false);
                    abortSessions++;
                    if (chance(0.2)) {
                        s.after(0.1, 0.5).cmd(Cmd.AUTH, false)
                                .say("warning: " + bot.client() + ": SASL LOGIN authentication aborted");
                        s.quit();
                    } else {
                        s.after(0.05, 0.3).cmd(Cmd.AUTH, false);
                        s.lost("AUTH");
                    }
                    t = s.t + sec(between(2, 20));
                }
                t += sec(between(600, 3000));
            }
        }

        String forgedSender() {
            String local = switch (r.nextInt(4)) {
                case 0 -> pick(World.FIRST) + r.nextInt(10, 999);
                case 1 -> pick(World.FIRST) + "." + pick(World.LAST);
                case 2 -> hex(6);
                default -> pick(new String[] {"info", "service", "support", "billing", "security", "news"});
            };
            return local + "@" + pick(forgedDomains);
        }

        /** Thousands of messages through sales@example.com from four new addresses, until the password changes. */
        void spamRun() {
            long stop = at(14, 52, 0);
            long[] starts = {at(13, 31, 17), at(13, 44, 40), at(13, 55, 2), at(14, 8, 55)};
            int quota = 270;
            for (int i = 0; i < SPAM_IPS.size(); i++) {
                Place bot = new Place("unknown", SPAM_IPS.get(i));
                long t = starts[i];
                double cycle = (stop - t) / 1000.0 / (quota / 12.5);
                int sent = 0;
                while (t < stop && sent < quota) {
                    Session s = new Session("postfix/submission/smtpd", bot, t);
                    s.greet(true);
                    s.after(0.1, 0.4).cmd(Cmd.AUTH, true);
                    int k = r.nextInt(5, 21);
                    for (int j = 0; j < k; j++) {
                        int n = chance(0.6) ? 1 : r.nextInt(2, 4);
                        List<String> to = new ArrayList<>();
                        for (int q = 0; q < n; q++) {
                            to.add(person(pick(spamDomains).name()));
                        }
                        String from = forgedSender();
                        s.send(COMPROMISED, "LOGIN", from, to, r.nextLong(1_800, 9_000),
                                hex(32) + "@" + from.substring(from.indexOf('@') + 1));
                        spamMessages++;
                        spamRecipients += n;
                        sent++;
                        s.after(0.2, 2.5);
                    }
                    s.quit();
                    t = s.t + sec(Math.max(5, cycle - (s.t - t) / 1000.0) * between(0.5, 1.5));
                }
                // after the change the old password no longer works; the bot keeps trying for an hour
                long after = Math.max(t, stop + r.nextLong(60_000, 300_000));
                int failures = 0;
                while (after < stop + 3_900_000) {
                    Session s = new Session("postfix/submission/smtpd", bot, after);
                    s.greet(true);
                    failures++;
                    s.authFails("LOGIN", COMPROMISED, true, failures < 4 ? 1 << failures : 15,
                            failures > 4 && chance(0.35));
                    s.quit();
                    after = s.t + sec(between(120, 420));
                }
            }
        }

        /** The contact form abused in the evening: a few hundred messages to outside addresses through pickup. */
        void scriptAbuse() {
            long t = at(19, 5, 33);
            long end = at(21, 40, 0);
            int n = 350;
            double step = (end - t) / 1000.0 / n;
            List<String> reachable = new ArrayList<>();
            for (Domain d : spamDomains) {
                Fate f = spamFate.get(d.name());
                if (f == Fate.SENT || f == Fate.GREYLIST || f == Fate.USER_UNKNOWN) {
                    reachable.add(d.name());
                }
            }
            for (int i = 0; i < n; i++) {
                List<String> to = new ArrayList<>();
                int k = chance(0.2) ? 2 : 1;
                while (to.size() < k) {
                    to.add(person(chance(0.9) ? pick(reachable) : pick(spamDomains).name()));
                }
                pickup(t, WEB_UID, "www-data", to, r.nextLong(1_200, 4_000));
                scriptMessages++;
                t += sec(step * between(0.2, 1.8));
            }
        }

        String truth() {
            StringBuilder b = new StringBuilder();
            b.append("# Ground truth of the log written by MailLogGenerator (seed ").append(w.seed).append(").\n");
            b.append("# One fact a line: <kind> <value>. The compromised day is the last day of the log.\n");
            b.append("compromised-account ").append(COMPROMISED).append('\n');
            b.append("brute-force-ip ").append(BRUTE_FORCE_IP).append('\n');
            b.append("credentials-found-by ").append(BRUTE_FORCE_IP).append(' ').append(COMPROMISED).append('\n');
            for (String ip : SPAM_IPS) {
                b.append("spam-ip ").append(ip).append('\n');
            }
            b.append("auth-abort-ip ").append(AUTH_ABORT_IP).append('\n');
            b.append("abused-uid ").append(WEB_UID).append('\n');
            for (Account a : w.accounts) {
                if (a.kind() != Kind.COMPROMISED) {
                    b.append("honest-account ").append(a.login()).append('\n');
                }
            }
            b.append("honest-bulk-account newsletter@example.org 300 local recipients at once\n");
            b.append("honest-busy-account support@example.com about 40 messages a day\n");
            b.append("honest-uid 0\n");
            b.append("figure spam-messages ").append(spamMessages).append('\n');
            b.append("figure spam-recipients ").append(spamRecipients).append('\n');
            b.append("figure script-messages ").append(scriptMessages).append('\n');
            b.append("figure brute-force-attempts ").append(bruteForceAttempts).append('\n');
            b.append("figure brute-force-usernames ").append(bruteForceUsers.size()).append('\n');
            b.append("figure auth-abort-sessions ").append(abortSessions).append('\n');
            b.append("figure lines ").append(lines).append('\n');
            return b.toString();
        }
    }
}
