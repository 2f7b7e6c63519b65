package org.smtpsentry.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * A private, real Postfix 3.x with a private Dovecot for SASL, for end-to-end tests. Each instance lives in its own
 * temp dir ({@code /tmp/smtpsentry-pf-*}) with its own config, queue and data directories, its own
 * {@code maillog_file} (postlogd, no syslog needed) and its own free loopback ports, so several test JVMs can run
 * instances side by side; the system-wide Postfix and Dovecot are never touched.
 *
 * <p>Loopback only, never DNS: smtpd listens on 127.0.0.1:{@link #smtpPort()} (AUTH offered, STARTTLS optional),
 * submission on {@link #submissionPort()} (STARTTLS required before AUTH), smtps on {@link #smtpsPort()} when asked;
 * {@code mynetworks = 127.0.0.1/32}, so clients bound to 127.0.0.2 and up are untrusted "Internet" clients;
 * {@code relayhost = [127.0.0.1]:}{@link #closedRelayPort()} where nothing listens, so outbound mail defers with
 * "Connection refused"; the local domain (example.test) is delivered to virtual mailboxes ("status=sent").
 * Clients of 127.0.0.x show up as {@code unknown[127.0.0.x]} ({@code smtpd_peername_lookup = no}).
 *
 * <p>Use it in a test class tagged {@code @Tag("e2e")}:
 * <pre>{@code
 * @BeforeAll
 * static void start() throws IOException {
 *     Assumptions.assumeTrue(RealPostfix.available(), RealPostfix::unavailableReason);
 *     postfix = RealPostfix.start(new PostfixSetup()
 *             .user("honest@example.test", "S3cret!", "SHA512-CRYPT")
 *             .authPenalty(false));
 * }
 *
 * @AfterAll
 * static void stop() {
 *     if (postfix != null) postfix.close();
 * }
 *
 * @Test
 * void deliversAndDefers() {
 *     postfix.swaks().from("127.0.0.7").authLogin("honest@example.test", "S3cret!")
 *             .mailFrom("honest@example.test").to("friend@far.test").expectSuccess();
 *     postfix.waitForQueueSettled(Duration.ofSeconds(30));
 *     postfix.waitForLog("status=deferred", Duration.ofSeconds(10));
 *     String queue = postfix.run("postqueue", "-j").stdoutText();
 * }
 * }</pre>
 * Then point the code under test at {@link #logFile()} and {@link #dovecotLog()}, or run the queue tools against
 * {@link #configDir()} with {@link #run}. {@link #close()} stops everything (Postfix, Dovecot, their leftovers) and
 * deletes the directory; set the system property {@code smtpsentry.keepPostfix} to keep it for a post-mortem.
 * Postfix and Dovecot are started with ProcessBuilder rather than {@link Programs} because Dovecot stays in the
 * foreground as a child of the test; everything else goes through {@link Programs}.
 */
public final class RealPostfix implements AutoCloseable {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final int START_ATTEMPTS = 3;
    private static final List<String> PROGRAMS = List.of("postfix", "postconf", "postqueue", "postsuper", "postcat",
            "sendmail", "dovecot", "doveadm", "swaks", "openssl", "runuser");
    private static final Pattern QUEUE_NAME = Pattern.compile("\"queue_name\": \"([a-z]+)\"");

    private final Path dir;
    private final PostfixSetup setup;
    private final int smtpPort;
    private final int submissionPort;
    private final int smtpsPort;
    private final int closedRelayPort;
    /** Stops the instance if the JVM ends before close() (a test thread still running, a killed build). */
    private final Thread shutdownHook = new Thread(this::close, "RealPostfix shutdown");
    private RealDovecot dovecot;
    private boolean postfixStarted;
    private boolean registered;
    private boolean closed;

    private RealPostfix(Path dir, PostfixSetup setup, int[] ports) {
        this.dir = dir;
        this.setup = setup;
        this.smtpPort = ports[0];
        this.submissionPort = setup.tls && setup.submission ? ports[1] : -1;
        this.smtpsPort = setup.tls && setup.smtps ? ports[2] : -1;
        this.closedRelayPort = ports[3];
    }

    /** Whether this machine can run a private instance (Linux, root, Postfix, Dovecot, swaks installed). */
    public static boolean available() {
        return unavailableReason() == null;
    }

    /** Why {@link #available()} is false, for the skip message; null when available. */
    public static String unavailableReason() {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return "not Linux: a real Postfix needs Linux";
        }
        try {
            if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
                return "not root: a private Postfix instance must be started as root";
            }
        } catch (IOException | UnsupportedOperationException e) {
            return "cannot tell the user id: " + e.getMessage();
        }
        List<String> missing = PROGRAMS.stream().filter(p -> Programs.find(p).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return "programs missing: " + String.join(", ", missing)
                    + " (apt-get install postfix dovecot-core swaks, see .ci/packages)";
        }
        if (!Files.isExecutable(Path.of(postconfDefault("daemon_directory"), "postlogd"))) {
            return "Postfix older than 3.4 (no postlogd)";
        }
        try {
            UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
            for (String user : List.of("postfix", "dovecot", "dovenull")) {
                users.lookupPrincipalByName(user);
            }
            users.lookupPrincipalByGroupName("postdrop");
        } catch (IOException e) {
            return "system user or group missing (" + e.getMessage() + "): reinstall postfix/dovecot-core";
        }
        return null;
    }

    /** Starts a private instance; retries with other ports if one was taken meanwhile. */
    public static RealPostfix start(PostfixSetup setup) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "smtpsentry-pf-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            RealPostfix postfix = new RealPostfix(dir, setup, freePorts(4));
            Runtime.getRuntime().addShutdownHook(postfix.shutdownHook);
            try {
                postfix.launch();
                return postfix;
            } catch (IOException | RuntimeException | AssertionError e) {
                String log = postfix.logText();
                postfix.close();
                if (!log.contains("Address already in use")) {
                    throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
                last = new IOException("ports taken: " + log, e);
            }
        }
        throw last;
    }

    private void launch() throws IOException {
        Path etc = Files.createDirectories(configDir());
        Files.createDirectories(queueDir());
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setOwner(data, lookup().lookupPrincipalByName("postfix"));
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.setOwner(mail, lookup().lookupPrincipalByName("nobody"));
        Files.createFile(logFile());
        if (setup.tls) {
            makeCertificate(etc);
        }
        StringBuilder mailboxes = new StringBuilder();
        List<String> locals = new ArrayList<>(setup.mailboxes);
        setup.users.stream().map(PostfixSetup.User::login).filter(l -> l.endsWith("@" + setup.localDomain))
                .forEach(locals::add);
        locals.add("postmaster@" + setup.localDomain);
        for (String address : locals.stream().distinct().toList()) {
            mailboxes.append(address).append(' ').append(setup.localDomain).append('/')
                    .append(address, 0, address.indexOf('@')).append("/\n");
        }
        Files.writeString(etc.resolve("vmailbox"), mailboxes);
        for (Map.Entry<String, String> file : setup.configFiles.entrySet()) {
            Files.writeString(etc.resolve(file.getKey()), file.getValue());
        }
        Files.writeString(etc.resolve("main.cf"), mainCf());
        Files.writeString(etc.resolve("master.cf"), masterCf());
        if (setup.localSubmission) {
            AlternateConfigDirectories.add(etc);
            registered = true;
        }
        postfixStarted = true; // from here on close() stops it, whatever happens next
        ProgramRun start = Programs.run(List.of("postfix", "-c", etc.toString(), "start"), COMMAND_TIMEOUT);
        if (!start.succeeded()) {
            throw new IOException("postfix start failed in " + dir + " (exit " + start.exitStatus() + "): "
                    + start.stderrText() + logText());
        }
        // the master has bound its listeners when "postfix start" returns; its log line arrives through postlogd
        waitForLog("daemon started", Duration.ofSeconds(20));
        dovecot = RealDovecot.start(dir.resolve("dovecot"), queueDir().resolve("private/auth"), setup);
    }

    /** The base settings, then the setup's (replacing, not repeating, a base one: no "overriding" warnings). */
    private String mainCf() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("compatibility_level", "3.6");
        parameters.put("config_directory", configDir().toString());
        parameters.put("queue_directory", queueDir().toString());
        parameters.put("data_directory", dir.resolve("data").toString());
        parameters.put("maillog_file", logFile().toString());
        parameters.put("maillog_file_prefixes", dir.toString());
        parameters.put("myhostname", "mail." + setup.localDomain);
        parameters.put("mydomain", setup.localDomain);
        parameters.put("myorigin", "$mydomain");
        parameters.put("mydestination", "localhost");
        parameters.put("inet_interfaces", "127.0.0.1");
        parameters.put("inet_protocols", "ipv4");
        parameters.put("mynetworks", "127.0.0.1/32");
        parameters.put("relayhost", "[127.0.0.1]:" + closedRelayPort);
        parameters.put("default_transport", "smtp");
        parameters.put("relay_transport", "smtp");
        parameters.put("smtp_dns_support_level", "disabled");
        parameters.put("smtpd_peername_lookup", "no");
        parameters.put("smtp_bind_address", "127.0.0.1");
        parameters.put("alias_maps", "");
        parameters.put("alias_database", "");
        parameters.put("biff", "no");
        parameters.put("append_dot_mydomain", "no");
        parameters.put("readme_directory", "no");
        parameters.put("smtpd_banner", "$myhostname ESMTP");
        parameters.put("virtual_mailbox_domains", setup.localDomain);
        parameters.put("virtual_mailbox_base", dir.resolve("mail").toString());
        parameters.put("virtual_mailbox_maps", "texthash:${config_directory}/vmailbox");
        parameters.put("virtual_uid_maps", "static:65534");
        parameters.put("virtual_gid_maps", "static:65534");
        parameters.put("smtpd_sasl_auth_enable", "yes");
        parameters.put("smtpd_sasl_type", "dovecot");
        parameters.put("smtpd_sasl_path", "private/auth");
        parameters.put("smtpd_relay_restrictions",
                "permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination");
        parameters.put("smtp_tls_security_level", "none");
        if (setup.tls) {
            parameters.put("smtpd_tls_cert_file", "${config_directory}/cert.pem");
            parameters.put("smtpd_tls_key_file", "${config_directory}/key.pem");
            parameters.put("smtpd_tls_security_level", "may");
        }
        parameters.putAll(setup.mainCf);
        StringBuilder text = new StringBuilder("# private test instance made by org.smtpsentry.testkit.RealPostfix\n");
        parameters.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n'));
        return text.toString();
    }

    private String masterCf() {
        List<String> lines = new ArrayList<>();
        lines.add("# service type private unpriv chroot wakeup maxproc command (never chrooted: private queue)");
        lines.add(listener(PostfixSetup.Listener.SMTP, smtpPort, List.of()));
        if (submissionPort > 0) {
            lines.add(listener(PostfixSetup.Listener.SUBMISSION, submissionPort, List.of(
                    "syslog_name=postfix/submission", "smtpd_tls_security_level=encrypt",
                    "smtpd_sasl_auth_enable=yes", "smtpd_tls_auth_only=yes",
                    "smtpd_client_restrictions=permit_sasl_authenticated,reject")));
        }
        if (smtpsPort > 0) {
            lines.add(listener(PostfixSetup.Listener.SMTPS, smtpsPort, List.of(
                    "syslog_name=postfix/smtps", "smtpd_tls_wrappermode=yes", "smtpd_sasl_auth_enable=yes",
                    "smtpd_client_restrictions=permit_sasl_authenticated,reject")));
        }
        lines.addAll(List.of(
                "pickup     unix  n - n 60    1 pickup",
                "cleanup    unix  n - n -     0 cleanup",
                "qmgr       unix  n - n 300   1 qmgr",
                "tlsmgr     unix  - - n 1000? 1 tlsmgr",
                "rewrite    unix  - - n -     - trivial-rewrite",
                "bounce     unix  - - n -     0 bounce",
                "defer      unix  - - n -     0 bounce",
                "trace      unix  - - n -     0 bounce",
                "verify     unix  - - n -     1 verify",
                "flush      unix  n - n 1000? 0 flush",
                "proxymap   unix  - - n -     - proxymap",
                "proxywrite unix  - - n -     1 proxymap",
                "smtp       unix  - - n -     - smtp",
                "relay      unix  - - n -     - smtp",
                "showq      unix  n - n -     - showq",
                "error      unix  - - n -     - error",
                "retry      unix  - - n -     - error",
                "discard    unix  - - n -     - discard",
                "local      unix  - n n -     - local",
                "virtual    unix  - n n -     - virtual",
                "lmtp       unix  - - n -     - lmtp",
                "anvil      unix  - - n -     1 anvil",
                "scache     unix  - - n -     1 scache",
                "postlog    unix-dgram n - n - 1 postlogd"));
        lines.addAll(setup.masterCf);
        return String.join("\n", lines) + "\n";
    }

    private String listener(PostfixSetup.Listener listener, int port, List<String> base) {
        StringBuilder line = new StringBuilder("127.0.0.1:" + port + " inet n - n - - smtpd");
        Stream.concat(base.stream(), setup.listenerOptions.getOrDefault(listener, List.of()).stream())
                .forEach(option -> line.append("\n  -o ").append(option));
        return line.toString();
    }

    private static void makeCertificate(Path etc) throws IOException {
        ProgramRun cert = Programs.run(List.of("openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "3",
                "-subj", "/CN=mail.example.test", "-keyout", etc.resolve("key.pem").toString(),
                "-out", etc.resolve("cert.pem").toString()), COMMAND_TIMEOUT);
        if (!cert.succeeded()) {
            throw new IOException("openssl req failed: " + cert.stderrText());
        }
    }

    // ---- what tests use ----

    /** Postfix's own log (maillog_file, syslog-style lines without a year). */
    public Path logFile() {
        return dir.resolve("maillog");
    }

    /** Dovecot's log_path (lines like "Nov 22 11:49:02 auth: Info: ..."). */
    public Path dovecotLog() {
        return dir.resolve("dovecot.log");
    }

    public Path configDir() {
        return dir.resolve("etc");
    }

    public Path queueDir() {
        return dir.resolve("queue");
    }

    /** The instance's root directory (etc, queue, data, mail, dovecot, the logs). */
    public Path directory() {
        return dir;
    }

    public String localDomain() {
        return setup.localDomain;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The STARTTLS submission port; -1 when TLS or submission is off. */
    public int submissionPort() {
        return submissionPort;
    }

    /** The implicit-TLS port; -1 unless asked for. */
    public int smtpsPort() {
        return smtpsPort;
    }

    /** The relayhost's port, where nothing listens. */
    public int closedRelayPort() {
        return closedRelayPort;
    }

    /** {@code postconf -c CONFIG_DIR ARGS...}'s output, e.g. {@code postconf("-h", "mynetworks")}. */
    public String postconf(String... args) {
        ProgramRun run = run("postconf", args);
        if (!run.succeeded()) {
            throw new IllegalStateException("postconf failed: " + run.stderrText());
        }
        return run.stdoutText().strip();
    }

    /**
     * Runs a Postfix command (postconf, postqueue, postsuper, postcat, postfix, postmap...) against this instance:
     * {@code -c CONFIG_DIR} goes right after the program name. E.g. {@code run("postsuper", "-d", "ALL")}.
     */
    public ProgramRun run(String program, String... args) {
        List<String> argv = new ArrayList<>(List.of(program, "-c", configDir().toString()));
        argv.addAll(List.of(args));
        return Programs.run(argv, COMMAND_TIMEOUT);
    }

    /** A swaks run against this instance's smtp port (see {@link Swaks}). */
    public Swaks swaks() {
        return new Swaks(this);
    }

    /**
     * Submits {@code message} with Postfix's sendmail as Unix user {@code unixUser} (pickup logs its uid). A user
     * other than root needs {@link PostfixSetup#localSubmission(boolean)}.
     */
    public ProgramRun sendmail(String unixUser, String sender, String message, String... recipients) {
        List<String> argv = new ArrayList<>();
        if (!unixUser.equals("root")) {
            argv.addAll(List.of("runuser", "-u", unixUser, "--"));
        }
        argv.addAll(List.of(Programs.find("sendmail").orElseThrow().toString(), "-C", configDir().toString(),
                "-f", sender, "--"));
        argv.addAll(List.of(recipients));
        return Programs.run(argv, message.getBytes(StandardCharsets.UTF_8), COMMAND_TIMEOUT);
    }

    /** All lines of Postfix's log so far. */
    public List<String> logLines() {
        return logText().lines().toList();
    }

    /** Waits until a line of Postfix's log contains {@code text}; returns that line. */
    public String waitForLog(String text, Duration timeout) {
        return waitFor(logFile(), text, timeout);
    }

    /** Waits until a line of Dovecot's log contains {@code text}; returns that line. */
    public String waitForDovecotLog(String text, Duration timeout) {
        return waitFor(dovecotLog(), text, timeout);
    }

    private static String waitFor(Path file, String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no line containing \"" + text + "\" in " + file + " within "
                        + timeout.toSeconds() + " s");
            }
            sleep(100);
        }
    }

    /**
     * Waits until no message is in the maildrop, incoming or active queue: every message has been delivered
     * (gone), deferred or put on hold. Returns the {@code postqueue -j} output (one JSON object per line).
     */
    public String waitForQueueSettled(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int settledInARow = 0;
        while (true) {
            ProgramRun listing = run("postqueue", "-j");
            if (!listing.succeeded()) {
                throw new AssertionError("postqueue -j failed: " + listing.stderrText());
            }
            String queue = listing.stdoutText();
            Matcher names = QUEUE_NAME.matcher(queue);
            boolean settled = true;
            while (names.find()) {
                settled &= names.group(1).equals("deferred") || names.group(1).equals("hold");
            }
            // twice in a row: a message may be between smtpd and cleanup, or qmgr may not have logged "removed" yet
            settledInARow = settled ? settledInARow + 1 : 0;
            if (settledInARow == 2) {
                return queue;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("queue not settled within " + timeout.toSeconds() + " s:\n" + queue);
            }
            sleep(250);
        }
    }

    /** Stops Dovecot and Postfix (and any process they left), and deletes the instance's directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: this is the hook itself running
        }
        if (dovecot != null) {
            dovecot.close();
            dovecot = null;
        }
        if (postfixStarted) {
            stopPostfix();
            postfixStarted = false;
        }
        if (registered) {
            try {
                AlternateConfigDirectories.remove(configDir());
            } catch (IOException | RuntimeException e) {
                System.err.println("RealPostfix: could not unregister " + configDir() + ": " + e.getMessage());
            }
            registered = false;
        }
        if (System.getProperty("smtpsentry.keepPostfix") == null) {
            deleteTree(dir);
        } else {
            System.err.println("RealPostfix: kept " + dir);
        }
    }

    private void stopPostfix() {
        ProcessHandle master = masterProcess();
        List<ProcessHandle> children = master == null ? List.of() : master.descendants().toList();
        try {
            Programs.run(List.of("postfix", "-c", configDir().toString(), "stop"), COMMAND_TIMEOUT);
        } catch (RuntimeException e) {
            System.err.println("RealPostfix: postfix stop: " + e.getMessage());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (master != null && running(master) && System.nanoTime() < deadline) {
            sleep(100);
        }
        List<ProcessHandle> all = new ArrayList<>(children);
        if (master != null) {
            all.add(master);
        }
        killLeftovers(all);
    }

    private ProcessHandle masterProcess() {
        try {
            String pid = Files.readString(queueDir().resolve("pid/master.pid")).strip();
            return ProcessHandle.of(Long.parseLong(pid)).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Kills (SIGKILL) those of these processes that are still running. */
    static void killLeftovers(List<ProcessHandle> processes) {
        for (ProcessHandle process : processes) {
            if (running(process)) {
                process.destroyForcibly();
            }
        }
    }

    /** Alive and not a zombie (this container's init may not reap daemons' exited parents). */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private String logText() {
        try {
            return Files.exists(logFile()) ? Files.readString(logFile(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static String postconfDefault(String parameter) {
        return Programs.run(List.of("postconf", "-dh", parameter), COMMAND_TIMEOUT).stdoutText().strip();
    }

    private static UserPrincipalLookupService lookup() {
        return Path.of("/").getFileSystem().getUserPrincipalLookupService();
    }

    /** Deletes the tree; tries again a few times, as a last log line may still arrive while it goes. */
    private static void deleteTree(Path root) {
        for (int attempt = 1; Files.exists(root); attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    System.err.println("RealPostfix: could not delete " + root + ": " + e.getMessage());
                    return;
                }
                sleep(200);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
