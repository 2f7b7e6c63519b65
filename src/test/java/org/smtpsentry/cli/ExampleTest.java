package org.smtpsentry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick start: analyze on the bundled example names what the generator's ground truth says, and no honest
 * account. The truth file lists one fact a line ("compromised-account sales@example.com").
 */
class ExampleTest {
    private static final Path EXAMPLE = Path.of("examples/compromised-day.log");
    private static final Path TRUTH = Path.of("examples/compromised-day.truth");

    @Test
    void theExampleDaysAbuseIsNamedAndItsHonestUsersAreNot() throws IOException {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("analyze", "--json", EXAMPLE.toString());
        assertEquals(1, r.status(), r.err());
        String json = r.out();
        List<String> truth = Files.readAllLines(TRUTH).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        for (String fact : truth) {
            String[] f = fact.split(" ");
            switch (f[0]) {
                case "compromised-account" -> assertTrue(json.contains("\"login\": \"" + f[1] + "\""), fact);
                case "brute-force-ip" -> assertTrue(json.contains("\"ip\": \"" + f[1] + "\",\n      \"attack\": \"brute-force\""), fact);
                case "auth-abort-ip" -> assertTrue(json.contains("\"ip\": \"" + f[1] + "\",\n      \"attack\": \"auth-aborts\""), fact);
                case "abused-uid" -> assertTrue(json.contains("\"uid\": " + f[1]), fact);
                case "spam-ip" -> assertTrue(json.contains("\"ip\": \"" + f[1] + "\",\n          \"messages\""), fact);
                case "honest-account" -> assertFalse(json.contains("\"login\": \"" + f[1] + "\""), fact);
                case "credentials-found-by" -> assertTrue(json.contains("\"loginsAfter\": [\n        \"" + f[2] + "\""), fact);
                default -> { }
            }
        }
        assertTrue(truth.stream().anyMatch(l -> l.startsWith("honest-account")), "the truth lists honest accounts");
        assertEquals(1, json.split("\"login\": ").length - 1, "one compromised account, no more");
    }
}
