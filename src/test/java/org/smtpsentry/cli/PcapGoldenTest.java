package org.smtpsentry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The printed reports of the recorded captures, checked against golden files next to them. */
class PcapGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/pcap");

    private static String pcap(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = new String[args.length + 1];
        argv[0] = "pcap";
        System.arraycopy(args, 0, argv, 1, args.length);
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), argv), err.toString());
        return out.toString();
    }

    @Test
    void terminalReport() throws Exception {
        assertEquals(Files.readString(DIR.resolve("relay-and-spammer.txt")),
                pcap("--relay", "10.0.0.2", DIR.resolve("relay-and-spammer.pcap").toString()));
    }

    @Test
    void jsonReport() throws Exception {
        assertEquals(Files.readString(DIR.resolve("loopback.pcapng.json")),
                pcap("--json", "--relay", "127.0.9.1", DIR.resolve("loopback.pcapng").toString()));
    }
}
