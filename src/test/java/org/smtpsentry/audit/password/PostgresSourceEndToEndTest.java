package org.smtpsentry.audit.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.Crypt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smtpsentry.cli.Main;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * A PostfixAdmin-style database on a real, private PostgreSQL (Debian's postgresql package): own data directory,
 * own socket directory, 127.0.0.1 on a free port, trust authentication for the test user only; stopped afterwards.
 */
@Tag("e2e")
class PostgresSourceEndToEndTest {
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Path dir;
    private int port;
    private boolean started;

    @BeforeEach
    void startPostgres() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BIN.resolve("initdb")), "PostgreSQL 15 not installed (postgresql)");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "not root: cannot run PostgreSQL as its own user");
        Assumptions.assumeTrue(Programs.run(List.of("id", "postgres"), TIMEOUT).succeeded(), "no postgres user");
        dir = Files.createTempDirectory("smtpsentry-pg-");
        ok(Programs.run(List.of("chown", "postgres", dir.toString()), TIMEOUT));
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ok(Programs.run(List.of("runuser", "-u", "postgres", "--", BIN.resolve("initdb").toString(), "-D",
                dir.resolve("data").toString(), "-U", "sentry", "--auth=trust", "-E", "UTF8", "--no-sync"),
                TIMEOUT));
        ok(Programs.run(List.of("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D",
                dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w", "-o",
                "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off", "start"), TIMEOUT));
        started = true;
    }

    @AfterEach
    void stopPostgres() throws IOException {
        if (started) {
            Programs.run(List.of("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D",
                    dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), TIMEOUT);
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void auditsPostfixAdminTablesThroughJdbc() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "sentry", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE mailbox (username varchar(255), password varchar(255), name varchar(255), "
                    + "modified timestamp, active boolean)");
            s.execute("CREATE TABLE alias (address varchar(255), goto text, active boolean)");
            s.execute("INSERT INTO mailbox VALUES "
                    + "('anna@example.org', '" + crypt("Anna123", "$6$annasalt") + "', 'Anna Berg', now(), true), "
                    + "('bob@example.org', '" + crypt("Vq9!x2#LmZp7", "$6$bobsalt") + "', 'Bob', now(), true), "
                    + "('carl@example.org', '" + crypt("billing", "$5$carlsalt") + "', 'Carl', now(), true), "
                    + "('gone@example.org', '{PLAIN}gone', '', now(), false)");
            s.execute("INSERT INTO alias VALUES ('billing@example.org', 'carl@example.org', true)");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "audit", "passwords", "--jdbc", url,
                "--jdbc-user", "sentry", "--query", "SELECT username AS login, password, name, modified AS changed "
                        + "FROM mailbox WHERE active", "--alias-query", "SELECT address, goto FROM alias WHERE active",
                "--show-passwords", "--json");
        assertEquals(1, status, err.toString());
        String json = out.toString();
        assertTrue(json.contains("\"accounts\": 3"), json);
        assertTrue(json.contains("\"login\": \"anna@example.org\",\n      \"scheme\": \"SHA512-CRYPT\",\n"
                + "      \"rule\": \"local part, capitalised + 123\",\n      \"password\": \"Anna123\""), json);
        assertTrue(json.contains("\"rule\": \"alias billing@example.org local part\""), json);
        assertTrue(!json.contains("\"login\": \"bob@example.org\",\n      \"scheme\": \"SHA512-CRYPT\",\n"
                + "      \"rule\""), json);
    }

    private static String crypt(String password, String salt) {
        return Crypt.crypt(password, salt);
    }

    private static void ok(ProgramRun run) {
        assertTrue(run.succeeded(), run.stdoutText() + run.stderrText());
    }
}
