package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

/** Runs checks against a scripted server and picks out their findings. */
final class Checks {
    private Checks() {
    }

    /** Takes the survey with the server's first script, then runs {@code check} (later scripts). */
    static List<ProbeFailure> run(ScriptedSmtpServer server, PortProbe port, Check check) throws IOException {
        port.survey(Survey.take(port));
        check.run(port);
        assertEquals(List.of(), server.errors(), "the probe kept to the script");
        return port.findings().list();
    }

    static List<ProbeFailure> graded(List<ProbeFailure> findings, Grade grade) {
        return findings.stream().filter(f -> f.grade() == grade).toList();
    }

    static String text(List<ProbeFailure> findings) {
        return String.join("\n", findings.stream().map(f -> f.grade() + " " + f.check() + " " + f.finding()).toList());
    }
}
