package org.smtpsentry.queue.exim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smtpsentry.cli.Main;

/** The documented --json outputs of queue list and stats, on the Exim spool fixtures, against golden files. */
class EximGoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/queue/golden");
    private static final String SPOOL = "src/test/resources/queue/exim";

    @Test
    void listJson() throws IOException {
        assertEquals(Files.readString(GOLDEN.resolve("exim-list.json")),
                run("queue", "list", "--mta", "exim", "--queue-dir", SPOOL, "--json"));
    }

    @Test
    void listJsonOfASelection() throws IOException {
        assertEquals(Files.readString(GOLDEN.resolve("exim-list-login.json")),
                run("queue", "list", "--queue-dir", SPOOL, "--login", "victim@*", "--contains", "cheap-pills",
                        "--json"));
    }

    /** The spool files a real Exim 4.96 wrote (see RealEximSpoolTest); no stats here: their ages grow every day. */
    @Test
    void listJsonOfARealEximSpool() throws IOException {
        assertEquals(Files.readString(GOLDEN.resolve("exim-real-list.json")),
                run("queue", "list", "--queue-dir", "src/test/resources/queue/exim-real", "--json"));
    }

    @Test
    void statsJson() throws IOException {
        assertEquals(Files.readString(GOLDEN.resolve("exim-stats.json")),
                run("queue", "stats", "--queue-dir", SPOOL, "--json"));
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), args), err.toString());
        return out.toString();
    }
}
