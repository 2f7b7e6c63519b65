package org.smtpsentry.audit.password;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;

/**
 * Where the accounts come from, as the command line names them: passwd-files, shadow files, CSV files, a SQL query,
 * and the aliases (a file or a query). {@code defaultScheme} is used for passwords without a {SCHEME} prefix.
 */
public record AccountSources(List<Path> passwdFiles, List<Path> shadowFiles, List<Path> csvFiles, SqlTable sql,
                             String accountQuery, String aliasQuery, List<Path> aliasFiles, String defaultScheme) {

    public AccountSources {
        passwdFiles = List.copyOf(passwdFiles);
        shadowFiles = List.copyOf(shadowFiles);
        csvFiles = List.copyOf(csvFiles);
        aliasFiles = List.copyOf(aliasFiles);
    }

    public List<Account> load() {
        if (passwdFiles.isEmpty() && shadowFiles.isEmpty() && csvFiles.isEmpty() && sql == null) {
            throw new UserError("no accounts to audit: give --passwd-file, --shadow, --csv or --jdbc with --query; "
                    + "nothing checked");
        }
        if (sql != null && accountQuery == null && aliasQuery == null) {
            throw new UserError("--jdbc needs --query (accounts) or --alias-query; nothing checked");
        }
        List<Account> accounts = new ArrayList<>();
        for (Path p : passwdFiles) {
            accounts.addAll(PasswdFile.read(p, defaultScheme));
        }
        for (Path p : shadowFiles) {
            accounts.addAll(ShadowFile.read(p));
        }
        for (Path p : csvFiles) {
            accounts.addAll(CsvFile.read(p, defaultScheme));
        }
        if (sql != null && accountQuery != null) {
            accounts.addAll(sql.accounts(accountQuery, defaultScheme));
        }
        List<Account> withAliases = accounts;
        for (Path p : aliasFiles) {
            withAliases = Aliases.fromFile(p).attachTo(withAliases);
        }
        if (sql != null && aliasQuery != null) {
            withAliases = sql.aliases(aliasQuery).attachTo(withAliases);
        }
        return withAliases;
    }
}
