package org.smtpsentry.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.smtpsentry.UserError;

/**
 * The one place that runs external programs (postconf, postqueue, postsuper, nft, exim...). Always an argument
 * vector, never a shell; every argument is checked for NUL bytes and newlines; every run has a timeout.
 */
public final class Programs {
    private static final List<String> SEARCH_PATH =
            List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    private Programs() {
    }

    /** The program's path on this machine, looked up in the system directories (not the caller's PATH). */
    public static Optional<Path> find(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String dir : SEARCH_PATH) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code argv} with no input. */
    public static ProgramRun run(List<String> argv, Duration timeout) {
        return run(argv, null, timeout);
    }

    /**
     * Runs {@code argv} (the first element a program name or path), feeding {@code stdin} if not null.
     * A program that is missing, or that outlives {@code timeout}, is a {@link UserError}.
     */
    public static ProgramRun run(List<String> argv, byte[] stdin, Duration timeout) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty argument vector");
        }
        for (String arg : argv) {
            if (arg.indexOf('\0') >= 0 || arg.indexOf('\n') >= 0) {
                throw new UserError("refusing to run " + argv.get(0) + ": an argument contains a NUL or newline: "
                        + arg.replace("\n", "\\n").replace("\0", "\\0"));
            }
        }
        Path program = find(argv.get(0)).orElseThrow(() -> new UserError(argv.get(0)
                + ": program not found in " + String.join(":", SEARCH_PATH) + "; install it or run on the mail server"));
        List<String> command = new java.util.ArrayList<>(argv);
        command.set(0, program.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new UserError(program + ": cannot run: " + e.getMessage(), e);
        }
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        } catch (IOException e) {
            // the program closed its input early; what it printed still tells what happened
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new UserError(String.join(" ", argv) + ": no answer within " + timeout.toSeconds()
                        + " s; stopped it");
            }
            return new ProgramRun(process.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new UserError(String.join(" ", argv) + ": interrupted", e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                stream.transferTo(buffer);
                return buffer.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Thread::startVirtualThread);
    }
}
