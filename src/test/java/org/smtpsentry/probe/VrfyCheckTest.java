package org.smtpsentry.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.probe.ScriptedSmtpServer.greeted;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;

class VrfyCheckTest {

    private static List<ProbeFailure> vrfy(Function<String, List<String>> answer) throws IOException {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(greeted(List.of("8BITMIME"), l -> List.of("502 no")),
                greeted(List.of("8BITMIME"), answer))) {
            return Checks.run(server, Probing.port(server.port()), new VrfyCheck());
        }
    }

    @Test
    void answeringExistingAndMissingAccountsDifferentlyIsAWarning() throws IOException {
        List<ProbeFailure> findings = vrfy(line -> switch (line) {
            case "VRFY postmaster" -> List.of("252 2.0.0 postmaster");
            case "VRFY " + VrfyCheck.MISSING_USER -> List.of("550 5.1.1 <" + VrfyCheck.MISSING_USER
                    + ">: Recipient address rejected: User unknown in local recipient table");
            default -> List.of("502 5.5.2 Error: command not recognized");
        });
        assertEquals(1, Checks.graded(findings, Grade.WARN).size(), Checks.text(findings));
        assertTrue(Checks.text(findings).contains("VRFY tells existing accounts from missing ones (postmaster: 252"));
        assertTrue(Checks.text(findings).contains("INFO vrfy EXPN refused (502"));
    }

    @Test
    void confirmingAddressesIsAWarning() throws IOException {
        List<ProbeFailure> findings = vrfy(line -> List.of("250 2.1.5 Some One <someone@example.test>"));
        assertEquals(2, Checks.graded(findings, Grade.WARN).size(), Checks.text(findings));
    }

    @Test
    void aDisabledVrfyIsFine() throws IOException {
        List<ProbeFailure> findings = vrfy(line -> List.of("502 5.5.1 VRFY command is disabled"));
        assertEquals(List.of(), Checks.graded(findings, Grade.WARN));
    }
}
