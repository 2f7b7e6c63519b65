package org.smtpsentry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpsentry.testkit.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.testkit.CommandRun;

class PcapCommandTest {
    private static final Path CAPTURES = Path.of("src/test/resources/pcap");

    @TempDir
    Path dir;

    private static CommandRun pcap(String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "pcap";
        System.arraycopy(args, 0, argv, 1, args.length);
        return run(argv);
    }

    @Test
    void namesTheHostThatBypassesTheRelayFirst() {
        CommandRun run = pcap("--relay", "10.0.0.2", CAPTURES.resolve("relay-and-spammer.pcap").toString());
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().split("\n");
        int header = java.util.Arrays.asList(lines).indexOf(
                "  HOST       SESSIONS  PER MIN  SERVERS  DIRECT  VIA RELAY  MAIL FROM  RCPT  REFUSALS");
        assertTrue(header > 0, run.out());
        assertTrue(lines[header + 1].startsWith("  10.0.0.66        30 "), run.out());
        assertTrue(run.out().contains("10.0.0.66 bypasses the relay: SMTP straight to 30 servers"), run.out());
        assertTrue(run.out().contains("24 × RCPT: 554 5.7.1 Service unavailable; Client host [10.0.0.66] blocked "
                + "using zen.spamhaus.org; listed in XBL"), run.out());
        assertTrue(run.out().contains("10.0.0.11 uses the relay only"), run.out());
    }

    @Test
    void printsJsonWithMaskedPasswords() {
        CommandRun run = pcap("--json", "--relay", "127.0.9.1", CAPTURES.resolve("loopback.pcapng").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"address\": \"127.0.9.66\",\n      \"bypasses_relay\": true"), run.out());
        assertTrue(run.out().contains("\"account\": \"alice@example.org\",\n      \"password\": \"********\""),
                run.out());
        assertTrue(run.out().contains("\"exposed_on_the_wire\": true"), run.out());
        assertTrue(!run.out().contains("Secret-1"));
        CommandRun shown = pcap("--json", "--show-passwords", CAPTURES.resolve("loopback.pcap").toString());
        assertTrue(shown.out().contains("\"password\": \"Secret-1\""), shown.out());
    }

    @Test
    void reportsDamageWithExitStatusOneAndBadInputWithTwo() throws Exception {
        byte[] whole = Files.readAllBytes(CAPTURES.resolve("loopback.pcap"));
        Path cut = Files.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(whole, 10_000));
        CommandRun run = pcap(cut.toString());
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().matches("(?s)" + java.util.regex.Pattern.quote(cut.toString())
                + ": packet [0-9]+ truncated at byte 10,000 \\([0-9]+ of [0-9]+ bytes\\); [0-9]+ packets read\n.*"),
                run.out());

        CommandRun missing = pcap(dir.resolve("nope.pcap").toString());
        assertEquals(2, missing.status());
        assertEquals("smtpsentry: " + dir.resolve("nope.pcap") + ": no such file; check the path; nothing read\n",
                missing.err());
        CommandRun badRelay = pcap("--relay", "relay.example.org", cut.toString());
        assertEquals(2, badRelay.status());
        assertTrue(badRelay.err().contains("\"relay.example.org\" is not an IP address or CIDR block"),
                badRelay.err());
    }
}
