package org.smtpsentry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.audit.TextFile;
import org.smtpsentry.audit.password.AccountSources;
import org.smtpsentry.audit.password.SqlTable;
import picocli.CommandLine.Option;

/** Where `audit passwords` and `audit policy` read accounts and aliases from. */
final class AccountSourceOptions {
    @Option(names = "--passwd-file", paramLabel = "FILE", description = "Dovecot passwd-file (repeatable).")
    List<Path> passwdFiles = new ArrayList<>();

    @Option(names = "--shadow", paramLabel = "FILE", description = "/etc/shadow-style file (repeatable).")
    List<Path> shadowFiles = new ArrayList<>();

    @Option(names = "--csv", paramLabel = "FILE",
            description = "CSV with a header: login, password[, name, changed, aliases] (repeatable).")
    List<Path> csvFiles = new ArrayList<>();

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "JDBC URL (jdbc:postgresql://..., jdbc:mariadb://..., jdbc:sqlite:FILE).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "NAME", description = "Database user.")
    String jdbcUser;

    @Option(names = "--jdbc-password-file", paramLabel = "FILE",
            description = "File whose first line is the database password (kept off the command line).")
    Path jdbcPasswordFile;

    @Option(names = "--query", paramLabel = "SQL",
            description = "Accounts query; columns login, password[, name, changed, aliases] (use AS).")
    String query;

    @Option(names = "--alias-query", paramLabel = "SQL", description = "Aliases query: (alias, target[s]) rows.")
    String aliasQuery;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Aliases file, virtual(5) or aliases(5) style (repeatable).")
    List<Path> aliasFiles = new ArrayList<>();

    @Option(names = "--default-scheme", paramLabel = "SCHEME", defaultValue = "CRYPT",
            description = "Scheme of passwords without a {SCHEME} prefix (Dovecot's default_pass_scheme; "
                    + "default: ${DEFAULT-VALUE}).")
    String defaultScheme;

    AccountSources sources() {
        SqlTable sql = null;
        if (jdbcUrl != null) {
            String password = null;
            if (jdbcPasswordFile != null) {
                password = TextFile.read(jdbcPasswordFile).stream().findFirst().map(TextFile.Line::text).orElse("");
            }
            sql = new SqlTable(jdbcUrl, jdbcUser, password);
        }
        return new AccountSources(passwdFiles, shadowFiles, csvFiles, sql, query, aliasQuery, aliasFiles,
                defaultScheme);
    }
}
