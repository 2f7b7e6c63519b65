package org.smtpsentry.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * A private Dovecot that serves only SASL to its {@link RealPostfix} ({@code protocols = none}): its own base_dir,
 * state_dir, config file, passwd-file and log_path, its auth socket in the Postfix queue's {@code private/auth}.
 * Dovecot runs in the foreground ({@code -F}) as a child of the test JVM, so stopping it never depends on a pid
 * file and never touches another worker's Dovecot.
 */
final class RealDovecot implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path log;
    private final Process process;

    private RealDovecot(Path log, Process process) {
        this.log = log;
        this.process = process;
    }

    /** Starts Dovecot under {@code dir} with its auth socket at {@code authSocket}; waits until the socket exists. */
    static RealDovecot start(Path dir, Path authSocket, PostfixSetup setup) throws IOException {
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("state"));
        Path passwd = dir.resolve("passwd");
        StringBuilder users = new StringBuilder();
        for (PostfixSetup.User user : setup.users) {
            ProgramRun hash = Programs.run(List.of("doveadm", "pw", "-s", user.scheme(), "-p", user.password()),
                    Duration.ofSeconds(30));
            if (!hash.succeeded()) {
                throw new IOException("doveadm pw -s " + user.scheme() + " failed: " + hash.stderrText().strip());
            }
            users.append(user.login()).append(':').append(hash.stdoutText().strip()).append("::::::\n");
        }
        Files.writeString(passwd, users);
        Path log = dir.getParent().resolve("dovecot.log");
        Files.createFile(log);
        Path conf = dir.resolve("dovecot.conf");
        Files.writeString(conf, config(dir, passwd, log, authSocket, setup));

        ProcessBuilder builder = new ProcessBuilder(Programs.find("dovecot").orElseThrow().toString(),
                "-F", "-c", conf.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.log").toFile()));
        RealDovecot dovecot = new RealDovecot(log, builder.start());
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(authSocket)) {
            if (!dovecot.process.isAlive() || System.nanoTime() > deadline) {
                dovecot.close();
                throw new IOException("Dovecot did not start: " + Files.readString(dir.resolve("stderr.log"))
                        + Files.readString(log));
            }
            sleep(50);
        }
        return dovecot;
    }

    private static String config(Path dir, Path passwd, Path log, Path authSocket, PostfixSetup setup) {
        List<String> lines = new ArrayList<>(List.of(
                "base_dir = " + dir.resolve("run"),
                "state_dir = " + dir.resolve("state"),
                "instance_name = " + dir.getParent().getFileName(),
                "protocols = none",
                // "listen" may not be empty; with no protocols nothing listens on it
                "listen = 127.0.0.1",
                "log_path = " + log,
                "auth_verbose = yes",
                "auth_mechanisms = plain login",
                "disable_plaintext_auth = no",
                "ssl = no",
                "passdb {",
                "  driver = passwd-file",
                "  args = " + passwd,
                "}",
                "userdb {",
                "  driver = static",
                "  args = uid=nobody gid=nogroup home=/nonexistent",
                "}",
                "service auth {",
                "  unix_listener " + authSocket + " {",
                "    mode = 0660",
                "    user = postfix",
                "    group = postfix",
                "  }",
                "}"));
        if (!setup.authPenalty) {
            lines.addAll(List.of(
                    "auth_failure_delay = 0",
                    "service anvil {",
                    "  unix_listener anvil-auth-penalty {",
                    "    mode = 0",
                    "  }",
                    "}"));
        }
        lines.addAll(setup.dovecotConf);
        return String.join("\n", lines) + "\n";
    }

    Path log() {
        return log;
    }

    /** Stops Dovecot (SIGTERM, then SIGKILL for it and whatever it left behind). */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RealPostfix.killLeftovers(children);
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
