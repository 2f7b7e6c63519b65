package org.smtpsentry.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * A private, real Exim 4 (Debian 12's exim4-daemon-light) for end-to-end tests, on a machine where Postfix is
 * installed: Debian's exim4 packages conflict with postfix, so they are never installed. Instead {@link #available()}
 * fetches them with {@code apt-get download} (plus libidn12, which the binary needs) and unpacks them with
 * {@code dpkg-deb -x} into {@code target/real-exim/}, once per build. Debian's binary insists on its compiled-in
 * user "Debian-exim", which is created ({@code useradd --system}) when missing.
 *
 * <p>Each instance lives in its own temp dir ({@code /tmp/smtpsentry-exim-*}): its configuration (given to every run
 * as {@code -C FILE}, accepted because the tests run as root), spool, logs and a password file for SMTP AUTH. No
 * daemon runs: messages come in through {@code exim -bs} (an SMTP session on standard input, from a client address
 * given with {@code -oMa}, with a real AUTH PLAIN) or as local submissions; {@code queue_only} keeps them queued. A
 * queue run ({@link #attemptDelivery()}) delivers mail for the local domain example.test into the file mail/mailbox and
 * tries 127.0.0.1 on a port where nothing listens for every other domain, so that mail defers with "Connection
 * refused"; Exim never looks up DNS and never connects anywhere else. The ACLs set a connection and a message
 * variable and the DATA ACL removes any X-Mailer header and adds X-Scanned, so the spool files hold what those of a
 * real server hold: -aclc/-aclm lines and headers Exim marked deleted. {@code dsn_advertise_hosts = *} lets a session
 * give DSN parameters ({@link #smtpSession}).
 *
 * <p>Smtpsentry reaches the instance with
 * {@code --exim }{@link #program()}{@code  --exim-config }{@link #configFile()}:
 * {@link #program()} is a two-line script that only adds the unpacked library directory to LD_LIBRARY_PATH.
 * {@link #close()} deletes the directory; set the system property {@code smtpsentry.keepExim} to keep it.
 */
public final class RealExim implements AutoCloseable {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> PACKAGES = List.of("exim4-daemon-light", "exim4-base", "libidn12");
    private static final Path PACKAGE_DIR = Path.of("target/real-exim").toAbsolutePath();
    private static final String USER = "Debian-exim";
    private static final Pattern MESSAGE_ID = Pattern.compile("250 OK id=(\\S+)");
    private static final Pattern SPOOL_FILE = Pattern.compile("([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4})-H");

    private static boolean prepared;
    private static String unavailable;

    private final Path dir;
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private boolean closed;

    private RealExim(Path dir) {
        this.dir = dir;
    }

    /** Whether this machine can run a private Exim (Linux, root, apt-get can fetch the packages, user made). */
    public static boolean available() {
        return unavailableReason() == null;
    }

    /** Why {@link #available()} is false, for the skip message; null when available. Fetches the packages once. */
    public static synchronized String unavailableReason() {
        if (!prepared) {
            prepared = true;
            unavailable = prepare();
        }
        return unavailable;
    }

    private static String prepare() {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return "not Linux: the Debian exim4 packages need Linux";
        }
        try {
            if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
                return "not root: a private Exim run with -C CONFIG keeps its privileges only for root";
            }
        } catch (IOException | UnsupportedOperationException e) {
            return "cannot tell the user id: " + e.getMessage();
        }
        List<String> missing = Stream.of("apt-get", "dpkg-deb", "ldd", "getent", "useradd")
                .filter(p -> Programs.find(p).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return "programs missing: " + String.join(", ", missing) + " (a Debian system is needed)";
        }
        try {
            Path root = PACKAGE_DIR.resolve("root");
            if (!Files.isRegularFile(PACKAGE_DIR.resolve("ready"))) {
                String failed = unpack(root);
                if (failed != null) {
                    return failed;
                }
            }
            ProgramRun ldd = Programs.run(List.of("env", "LD_LIBRARY_PATH=" + libraryDir(), "ldd",
                    binary().toString()), COMMAND_TIMEOUT);
            if (!ldd.succeeded() || ldd.stdoutText().contains("not found")) {
                return "the unpacked exim4 misses shared libraries: " + ldd.stdoutText().lines()
                        .filter(l -> l.contains("not found")).map(String::strip).toList() + ldd.stderrText().strip();
            }
            return ensureUser();
        } catch (IOException e) {
            return "cannot unpack exim4 under " + PACKAGE_DIR + ": " + e.getMessage();
        }
    }

    /** apt-get download + dpkg-deb -x into a fresh folder, then "ready"; null when it worked, else why not. */
    private static String unpack(Path root) throws IOException {
        Path debs = PACKAGE_DIR.resolve("debs");
        deleteTree(PACKAGE_DIR);
        Files.createDirectories(debs);
        // apt-get download writes into its working directory, which Programs cannot set
        List<String> argv = new ArrayList<>(List.of("apt-get", "-q", "-o", "APT::Sandbox::User=root", "download"));
        argv.addAll(PACKAGES);
        Path output = PACKAGE_DIR.resolve("apt-get.out");
        ProcessBuilder download = new ProcessBuilder(argv).directory(debs.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        String said;
        try {
            Process p = download.start();
            boolean ended = p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES);
            if (!ended) {
                p.destroyForcibly().waitFor();
            }
            said = Files.readString(output);
            if (!ended || p.exitValue() != 0) {
                return "apt-get download " + String.join(" ", PACKAGES) + " failed (offline, or no apt lists: "
                        + "run apt-get update): " + said.strip().lines().reduce((a, b) -> b).orElse("");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while downloading exim4";
        }
        try (Stream<Path> files = Files.list(debs)) {
            for (Path deb : files.filter(f -> f.toString().endsWith(".deb")).sorted().toList()) {
                ProgramRun x = Programs.run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()),
                        COMMAND_TIMEOUT);
                if (!x.succeeded()) {
                    return "dpkg-deb -x " + deb.getFileName() + " failed: " + x.stderrText().strip();
                }
            }
        }
        if (!Files.isExecutable(binary())) {
            return "no usr/sbin/exim4 in the downloaded packages: " + said.strip();
        }
        Files.writeString(PACKAGE_DIR.resolve("ready"), String.join("\n", PACKAGES) + "\n");
        return null;
    }

    /** Debian's exim4 refuses to start without its compiled-in user; made once, like the package would. */
    private static String ensureUser() {
        if (Programs.run(List.of("getent", "passwd", USER), COMMAND_TIMEOUT).succeeded()) {
            return null;
        }
        ProgramRun add = Programs.run(List.of("useradd", "--system", "--user-group", "--no-create-home",
                "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", USER), COMMAND_TIMEOUT);
        // another test JVM may have made it meanwhile
        if (add.succeeded() || Programs.run(List.of("getent", "passwd", USER), COMMAND_TIMEOUT).succeeded()) {
            return null;
        }
        return "cannot create the system user " + USER + " that Debian's exim4 needs: " + add.stderrText().strip();
    }

    private static Path binary() {
        return PACKAGE_DIR.resolve("root/usr/sbin/exim4");
    }

    /** Where libidn12 was unpacked: usr/lib/x86_64-linux-gnu, usr/lib/aarch64-linux-gnu... */
    private static Path libraryDir() {
        Path lib = PACKAGE_DIR.resolve("root/usr/lib");
        try (Stream<Path> files = Files.walk(lib, 2)) {
            return files.filter(f -> f.getFileName().toString().equals("libidn.so.12")).map(Path::getParent)
                    .findFirst().orElse(lib);
        } catch (IOException e) {
            return lib;
        }
    }

    /** A new private instance with an empty queue; {@code mainOptions} are added to its main section. */
    public static RealExim start(String... mainOptions) throws IOException {
        if (!available()) {
            throw new IllegalStateException("no real Exim here: " + unavailableReason());
        }
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "smtpsentry-exim-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        RealExim exim = new RealExim(dir);
        try {
            exim.configure(closedPort(), List.of(mainOptions));
            return exim;
        } catch (IOException | RuntimeException e) {
            exim.close();
            throw e;
        }
    }

    private void configure(int closedPort, List<String> mainOptions) throws IOException {
        UserPrincipal user = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);
        for (String sub : List.of("spool", "log", "mail")) {
            Path p = Files.createDirectories(dir.resolve(sub));
            Files.setOwner(p, user);
        }
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(program(), "#!/bin/sh\n# Debian's exim4 with the libraries unpacked beside it\n"
                + "LD_LIBRARY_PATH=" + libraryDir() + " exec " + binary() + " \"$@\"\n");
        Files.setPosixFilePermissions(program(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("passwd"), "");
        Files.writeString(configFile(), """
                # a private smtpsentry test instance: queues only, never looks up DNS, never leaves 127.0.0.1
                keep_environment =
                exim_path = %1$s/bin/exim
                primary_hostname = mx.example.test
                qualify_domain = example.test
                spool_directory = %1$s/spool
                log_file_path = %1$s/log/%%slog
                exim_user = %2$s
                exim_group = %2$s
                never_users =
                trusted_users = root
                queue_only = true
                queue_only_override = false
                host_lookup =
                rfc1413_hosts =
                auth_advertise_hosts = *
                dsn_advertise_hosts = *
                acl_smtp_rcpt = acl_check_rcpt
                acl_smtp_data = acl_check_data
                %4$s

                begin acl
                acl_check_rcpt:
                  warn set acl_c_helo = $sender_helo_name
                       set acl_m_rcpts = $recipients_count
                  accept authenticated = *
                  deny message = relay not permitted
                acl_check_data:
                  warn remove_header = X-Mailer
                       add_header = X-Scanned: by the smtpsentry test instance
                  accept

                begin routers
                local_mailbox:
                  driver = accept
                  domains = example.test
                  transport = mailbox_file
                to_closed_port:
                  driver = manualroute
                  route_list = * 127.0.0.1::%3$d
                  self = send
                  transport = closed_port

                begin transports
                mailbox_file:
                  driver = appendfile
                  file = %1$s/mail/mailbox
                  user = %2$s
                closed_port:
                  driver = smtp
                  allow_localhost
                  connect_timeout = 5s

                begin retry
                *  *  F,1d,1d

                begin authenticators
                plain:
                  driver = plaintext
                  public_name = PLAIN
                  server_prompts = :
                  server_condition = ${if eq{$auth3}{${lookup{$auth2}lsearch{%1$s/passwd}}}}
                  server_set_id = $auth2
                """.formatted(dir, USER, closedPort, String.join("\n", mainOptions)));
        ProgramRun check = run("-bV");
        if (!check.succeeded()) {
            throw new IOException("exim -bV: " + check.stdoutText() + check.stderrText());
        }
    }

    /** The instance's directory (configuration, spool/, log/). */
    public Path directory() {
        return dir;
    }

    /** The script to give smtpsentry as --exim. */
    public Path program() {
        return dir.resolve("bin/exim");
    }

    /** The configuration file, for --exim-config. */
    public Path configFile() {
        return dir.resolve("exim.conf");
    }

    /** The spool directory (holding input/), for --queue-dir. */
    public Path spoolDir() {
        return dir.resolve("spool");
    }

    /** Where mail for example.test is delivered. */
    public Path mailbox() {
        return dir.resolve("mail/mailbox");
    }

    public Path mainLog() {
        return dir.resolve("log/mainlog");
    }

    /** {@code exim -C CONFIG ARGS...}. */
    public ProgramRun run(String... args) {
        return run(null, args);
    }

    /** {@code exim -C CONFIG ARGS...} reading {@code stdin}. */
    public ProgramRun run(byte[] stdin, String... args) {
        List<String> argv = new ArrayList<>(List.of(program().toString(), "-C", configFile().toString()));
        argv.addAll(List.of(args));
        return Programs.run(argv, stdin, COMMAND_TIMEOUT);
    }

    /**
     * Submits a message and returns its queue id: with {@code authenticatedAs} null, a local submission by root
     * ({@code exim -odq -f SENDER -- RCPT...}); else an SMTP session from 127.0.0.9 that logs in as
     * {@code authenticatedAs} with AUTH PLAIN, then MAIL FROM:&lt;sender&gt;, which may be forged.
     */
    public String submit(String sender, String authenticatedAs, List<String> recipients, String message) {
        return submit("127.0.0.9", sender, authenticatedAs, recipients, message);
    }

    /** The same from a given client address (an SMTP session only with a login). */
    public String submit(String client, String sender, String authenticatedAs, List<String> recipients,
                         String message) {
        if (authenticatedAs == null) {
            Set<String> before = queueIds();
            List<String> args = new ArrayList<>(List.of("-odq", "-f", sender, "--"));
            args.addAll(recipients);
            ProgramRun r = run(message.getBytes(StandardCharsets.UTF_8), args.toArray(String[]::new));
            if (!r.succeeded()) {
                throw new IllegalStateException("exim refused a local submission: " + r.stderrText());
            }
            Set<String> added = queueIds();
            added.removeAll(before);
            if (added.size() != 1) {
                throw new IllegalStateException("expected one new message, found " + added);
            }
            return added.iterator().next();
        }
        List<String> commands = new ArrayList<>();
        commands.add("MAIL FROM:<" + sender + ">");
        recipients.forEach(r -> commands.add("RCPT TO:<" + r + ">"));
        commands.add("DATA");
        String text = message.endsWith("\n") ? message.substring(0, message.length() - 1) : message;
        for (String line : text.split("\n", -1)) {
            commands.add(line.startsWith(".") ? "." + line : line);
        }
        commands.add(".");
        return smtpSession(client, authenticatedAs, commands);
    }

    /**
     * An SMTP session ({@code exim -bs}) from {@code client}: EHLO, AUTH PLAIN as {@code login}, then
     * {@code commands} line by line (e.g. "MAIL FROM:&lt;a@b.test&gt; RET=HDRS", "DATA", the message, "."), then QUIT.
     * Returns the id of the message accepted.
     */
    public String smtpSession(String client, String login, List<String> commands) {
        String password = passwords.computeIfAbsent(login, l -> {
            String p = "pw-" + Integer.toHexString(l.hashCode());
            try {
                Files.writeString(dir.resolve("passwd"), l + ": " + p + "\n",
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
        StringBuilder smtp = new StringBuilder("EHLO client.test\r\nAUTH PLAIN ")
                .append(Base64.getEncoder().encodeToString(("\0" + login + "\0" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .append("\r\n");
        commands.forEach(c -> smtp.append(c).append("\r\n"));
        smtp.append("QUIT\r\n");
        ProgramRun r = run(smtp.toString().getBytes(StandardCharsets.UTF_8), "-bs", "-oMa", client + ".40025",
                "-oMi", "127.0.0.1.25");
        Matcher m = MESSAGE_ID.matcher(r.stdoutText());
        if (!m.find()) {
            throw new IllegalStateException("exim -bs did not accept the message: " + r.stdoutText()
                    + r.stderrText());
        }
        return m.group(1);
    }

    /** One queue run in the foreground ({@code -qf}: despite retry times; frozen messages stay): remote mail defers. */
    public ProgramRun attemptDelivery() {
        return run("-qf");
    }

    /** The ids of the messages in the spool (input/ID-H, or input/X/ID-H with split_spool_directory). */
    public Set<String> queueIds() {
        try (Stream<Path> files = Files.walk(spoolDir().resolve("input"), 2)) {
            Set<String> ids = new TreeSet<>();
            files.forEach(f -> {
                Matcher m = SPOOL_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    ids.add(m.group(1));
                }
            });
            return ids;
        } catch (java.nio.file.NoSuchFileException e) {
            return new TreeSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (System.getProperty("smtpsentry.keepExim") == null) {
            deleteTree(dir);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
