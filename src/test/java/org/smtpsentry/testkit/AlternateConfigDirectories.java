package org.smtpsentry.testkit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * {@code alternate_config_directories} of the default /etc/postfix/main.cf, which Postfix's sendmail and set-gid
 * postdrop consult before a non-root user may name another instance's configuration directory. Several test JVMs
 * edit it, so every change happens under one file lock, and entries of instances that no longer exist are pruned.
 */
final class AlternateConfigDirectories {
    private static final Path LOCK = Path.of("/tmp/smtpsentry-postfix-alternate-config.lock");
    private static final String PARAMETER = "alternate_config_directories";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private AlternateConfigDirectories() {
    }

    static void add(Path configDir) throws IOException {
        edit(configDir, true);
    }

    static void remove(Path configDir) throws IOException {
        edit(configDir, false);
    }

    private static void edit(Path configDir, boolean add) throws IOException {
        try (FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            ProgramRun current = Programs.run(List.of("postconf", "-h", PARAMETER), TIMEOUT);
            List<String> entries = new ArrayList<>();
            for (String entry : Arrays.asList(current.stdoutText().strip().split("[\\s,]+"))) {
                boolean staleOfOurs = entry.contains("/smtpsentry-pf-") && !Files.isDirectory(Path.of(entry));
                if (!entry.isEmpty() && !entry.equals(configDir.toString()) && !staleOfOurs) {
                    entries.add(entry);
                }
            }
            if (add) {
                entries.add(configDir.toString());
            }
            List<String> argv = entries.isEmpty()
                    ? List.of("postconf", "-X", PARAMETER)
                    : List.of("postconf", "-e", PARAMETER + " = " + String.join(" ", entries));
            ProgramRun edit = Programs.run(argv, TIMEOUT);
            if (!edit.succeeded()) {
                throw new IOException(String.join(" ", argv) + ": " + edit.stderrText().strip());
            }
        }
    }
}
