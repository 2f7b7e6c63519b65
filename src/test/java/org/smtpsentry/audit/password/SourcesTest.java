package org.smtpsentry.audit.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.UserError;

class SourcesTest {
    @TempDir
    Path dir;

    @Test
    void shadowFileSkipsLockedAccountsAndKeepsTheChangeDate() throws Exception {
        Path shadow = Files.writeString(dir.resolve("shadow"), """
                root:*:19000:0:99999:7:::
                anna:$6$salt$hash:19723:0:99999:7:::
                bob:!$6$x$y:19000::::::
                nopw::19000::::::
                """);
        List<Account> accounts = ShadowFile.read(shadow);
        assertEquals(List.of("anna", "nopw"), accounts.stream().map(Account::login).toList());
        assertEquals(LocalDate.of(2024, 1, 1), accounts.get(0).changed());
        assertEquals("CRYPT", accounts.get(0).password().scheme());
    }

    @Test
    void emptyShadowPasswordIsGuessedAsEmpty() throws Exception {
        Path shadow = Files.writeString(dir.resolve("shadow"), "nopw::19000::::::\n");
        PasswordFindings f = new PasswordAudit(new PasswordAudit.Settings(java.time.Duration.ofSeconds(1), 1,
                List.of(), 2026), java.time.InstantSource.system(), PasswordAudit.Progress.NONE)
                .run(ShadowFile.read(shadow));
        assertEquals("empty password", f.guessed().getFirst().rule());
    }

    @Test
    void csvWithHeaderQuotesAliasesAndDates() throws Exception {
        Path csv = Files.writeString(dir.resolve("accounts.csv"), """
                email,password,name,changed,aliases
                anna@example.org,{PLAIN}secret,"Anna, Sales",2024-05-01,info@example.org sales@example.org
                bob@example.org,"{PLAIN}with ""quotes""\",,,
                """);
        List<Account> accounts = CsvFile.read(csv, "CRYPT");
        assertEquals("Anna, Sales", accounts.get(0).displayName());
        assertEquals(List.of("info@example.org", "sales@example.org"), accounts.get(0).aliases());
        assertEquals(LocalDate.of(2024, 5, 1), accounts.get(0).changed());
        assertEquals("with \"quotes\"", accounts.get(1).password().value());
        assertEquals(3, accounts.get(1).line());
    }

    @Test
    void csvWithoutLoginColumnIsOneClearError() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "who,what\na,b\n");
        UserError e = assertThrows(UserError.class, () -> CsvFile.read(csv, "CRYPT"));
        assertTrue(e.getMessage().startsWith(csv + ", line 1: columns [who, what] lack a login"), e.getMessage());
    }

    @Test
    void aliasFilesInVirtualAndAliasesStyle() throws Exception {
        Path virtual = Files.writeString(dir.resolve("virtual"), """
                # comment
                info@example.org   anna@example.org, bob@example.org
                postmaster: anna
                """);
        Aliases aliases = Aliases.fromFile(virtual);
        assertEquals(List.of("info@example.org", "postmaster"), aliases.of("anna@example.org"));
        assertEquals(List.of("info@example.org"), aliases.of("bob@example.org"));
    }

    @Test
    void sqlQueryWithPostfixAdminStyleTablesOnSqlite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("postfixadmin.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE mailbox (username TEXT, password TEXT, name TEXT, modified TEXT, active INT)");
            s.execute("CREATE TABLE alias (address TEXT, goto TEXT)");
            s.execute("INSERT INTO mailbox VALUES ('anna@example.org', '{PLAIN}sales', 'Anna', "
                    + "'2023-02-01 10:00:00', 1), ('old@example.org', '{PLAIN}x', '', '2020-01-01', 0)");
            s.execute("INSERT INTO alias VALUES ('sales@example.org', 'anna@example.org,bob@example.org')");
        }
        SqlTable sql = new SqlTable(url, null, null);
        List<Account> accounts = new AccountSources(List.of(), List.of(), List.of(), sql,
                "SELECT username AS login, password, name, modified AS changed FROM mailbox WHERE active = 1",
                "SELECT address, goto FROM alias", List.of(), "CRYPT").load();
        assertEquals(1, accounts.size());
        assertEquals(List.of("sales@example.org"), accounts.get(0).aliases());
        assertEquals(LocalDate.of(2023, 2, 1), accounts.get(0).changed());
        PasswordFindings f = new PasswordAudit(new PasswordAudit.Settings(java.time.Duration.ofSeconds(1), 1,
                List.of(), 2026), java.time.InstantSource.system(), PasswordAudit.Progress.NONE).run(accounts);
        assertEquals("alias sales@example.org local part", f.guessed().getFirst().rule());
    }

    @Test
    void badSqlIsOneClearErrorWithoutThePassword() {
        SqlTable sql = new SqlTable("jdbc:sqlite:" + dir.resolve("x.db") + "?password=hunter2", null, null);
        UserError e = assertThrows(UserError.class, () -> sql.accounts("SELECT nothing FROM nowhere", "CRYPT"));
        assertTrue(e.getMessage().contains("password=***"), e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void postgresqlAndMariadbDriversAreOnTheClassPath() throws Exception {
        assertTrue(DriverManager.getDriver("jdbc:postgresql://127.0.0.1/postfixadmin") != null);
        assertTrue(DriverManager.getDriver("jdbc:mariadb://127.0.0.1/postfixadmin") != null);
    }
}
