package org.smtpsentry.net.pcap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs real programs for recorded test captures: tcpdump while swaks talks to {@link SmtpResponder}. */
final class Recording {
    private Recording() {
    }

    static boolean installed(String program) {
        return List.of("/usr/sbin/", "/usr/bin/", "/sbin/", "/bin/").stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d + program)));
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a program to its end (at most 30 s) and returns its output; fails the test when it fails. */
    static String run(List<String> argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Runs a program and returns its exit status, without failing. */
    static int status(List<String> argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /**
     * tcpdump writing to {@code file}, started and listening when this returns. Immediate mode: otherwise the kernel
     * hands packets over in blocks, and the ones of the last block are lost when tcpdump is stopped.
     */
    static Process tcpdump(List<String> prefix, String iface, Path file, String filter) throws IOException {
        List<String> argv = new ArrayList<>(prefix);
        argv.addAll(List.of("tcpdump", "-i", iface, "-U", "--immediate-mode", "-n", "--time-stamp-precision=nano", "-w",
                file.toString(), filter));
        Process p = new ProcessBuilder(argv).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null && !line.contains("listening on")) {
            // tcpdump says "listening on lo, link-type ..." once it captures
        }
        Thread.startVirtualThread(() -> {
            try {
                err.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                // tcpdump ended
            }
        });
        return p;
    }

    /** Stops tcpdump (SIGTERM: it writes out what it buffered) after the last packets have gone by. */
    static void stop(Process tcpdump) throws InterruptedException {
        Thread.sleep(500);
        tcpdump.destroy();
        if (!tcpdump.waitFor(10, TimeUnit.SECONDS)) {
            tcpdump.destroyForcibly();
        }
    }

    static List<String> swaks(String server, String local, String from, String to, String... more) {
        List<String> argv = new ArrayList<>(List.of("swaks", "--server", server, "--local-interface", local,
                "--helo", "pc.example.org", "--from", from, "--to", to, "--timeout", "10", "--silent", "3"));
        argv.addAll(List.of(more));
        return argv;
    }
}
