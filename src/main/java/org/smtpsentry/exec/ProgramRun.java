package org.smtpsentry.exec;

import java.nio.charset.StandardCharsets;

/** What an external program did: its exit status and what it printed. */
public record ProgramRun(int exitStatus, byte[] stdout, byte[] stderr) {

    public boolean succeeded() {
        return exitStatus == 0;
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
