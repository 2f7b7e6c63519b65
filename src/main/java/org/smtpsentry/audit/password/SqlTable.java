package org.smtpsentry.audit.password;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;

/**
 * Accounts and aliases read through JDBC with the administrator's own queries (PostgreSQL, MariaDB/MySQL, SQLite):
 * e.g. PostfixAdmin's {@code SELECT username AS login, password, name, modified AS changed FROM mailbox WHERE
 * active}. Rows are capped and the query has a timeout.
 */
public record SqlTable(String url, String user, String password) {
    static final int MAX_ROWS = 5_000_000;
    private static final int TIMEOUT_SECONDS = 60;

    public List<Account> accounts(String query, String defaultScheme) {
        List<Account> accounts = new ArrayList<>();
        rows(query, (meta, rs) -> {
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnLabel(i));
            }
            Columns columns = new Columns(header, where());
            while (rs.next()) {
                if (accounts.size() >= MAX_ROWS) {
                    throw new UserError(where() + ": more than " + MAX_ROWS + " rows; narrow the query; "
                            + "nothing checked");
                }
                String[] row = new String[header.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
                accounts.add(columns.account(row, where(), 0, defaultScheme));
            }
        });
        return accounts;
    }

    /** A query whose first column is the alias and second the target(s). */
    public Aliases aliases(String query) {
        List<String[]> rows = new ArrayList<>();
        rows(query, (meta, rs) -> {
            if (meta.getColumnCount() < 2) {
                throw new UserError(where() + ": the alias query must return (alias, target) columns; "
                        + "nothing checked");
            }
            while (rs.next() && rows.size() < MAX_ROWS) {
                String alias = rs.getString(1);
                String target = rs.getString(2);
                if (alias != null && target != null) {
                    rows.add(new String[] {alias, target});
                }
            }
        });
        return Aliases.fromRows(rows);
    }

    private interface RowReader {
        void read(ResultSetMetaData meta, ResultSet rs) throws SQLException;
    }

    private void rows(String query, RowReader reader) {
        try (Connection c = user == null ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            s.setMaxRows(MAX_ROWS + 1);
            try (ResultSet rs = s.executeQuery(query)) {
                reader.read(rs.getMetaData(), rs);
            }
        } catch (SQLException e) {
            throw new UserError(where() + ": " + e.getMessage().lines().findFirst().orElse("SQL error")
                    + "; check the JDBC URL, credentials and query; nothing checked", e);
        }
    }

    /** The URL without credentials, for messages. */
    String where() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
