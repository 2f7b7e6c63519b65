package org.smtpsentry.audit.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smtpsentry.UserError;
import org.smtpsentry.audit.TextFile;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * Reads Postfix's settings: through postconf (-n, -M, -P; with {@code -c DIR} for a configuration directory other
 * than /etc/postfix), or, where postconf is not installed, from copies of main.cf and master.cf in a directory,
 * parsed as postconf(5) and master(5) describe them.
 */
public final class PostfixFiles {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private PostfixFiles() {
    }

    /** Through postconf; {@code dir} null for Postfix's own configuration directory. */
    static PostfixSettings fromPostconf(Path dir) {
        List<String> base = new ArrayList<>(List.of("postconf"));
        if (dir != null) {
            base.add("-c");
            base.add(dir.toString());
        }
        String where = String.join(" ", base);
        Map<String, String> main = parameters(where + " -n", postconf(base, "-n"));
        List<Listener> listeners = new ArrayList<>();
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        for (TextFile.Line line : TextFile.parse(where + " -P", postconf(base, "-P"))) {
            int eq = line.text().indexOf(" = ");
            String key = eq > 0 ? line.text().substring(0, eq) : line.text();
            int slash = key.lastIndexOf('/');
            if (eq > 0 && slash > 0) {
                overrides.computeIfAbsent(key.substring(0, slash), k -> new LinkedHashMap<>())
                        .put(key.substring(slash + 1), line.text().substring(eq + 3));
            }
        }
        for (TextFile.Line line : TextFile.parse(where + " -M", postconf(base, "-M"))) {
            String[] f = line.text().strip().split("\\s+");
            if (f.length >= 8) {
                String name = f[0] + "/" + f[1];
                listeners.add(new Listener(f[0], f[1], f[7], overrides.getOrDefault(name, Map.of())));
            }
        }
        return new PostfixSettings(main, listeners, where);
    }

    private static String postconf(List<String> base, String flag) {
        List<String> argv = new ArrayList<>(base);
        argv.add(flag);
        ProgramRun run = Programs.run(argv, TIMEOUT);
        if (!run.succeeded()) {
            throw new UserError(String.join(" ", argv) + ": exit " + run.exitStatus() + ": "
                    + run.stderrText().lines().findFirst().orElse("no message")
                    + "; check the configuration directory; nothing checked");
        }
        return run.stdoutText();
    }

    /** From copies of main.cf and master.cf in {@code dir}, without postconf. */
    static PostfixSettings fromFiles(Path dir) {
        Path mainCf = dir.resolve("main.cf");
        Path masterCf = dir.resolve("master.cf");
        if (!Files.isRegularFile(mainCf)) {
            throw new UserError(mainCf + ": no such file; give the directory that holds main.cf and master.cf; "
                    + "nothing checked");
        }
        Map<String, String> main = parameters(mainCf.toString(), joined(TextFile.read(mainCf)));
        List<Listener> listeners = new ArrayList<>();
        if (Files.isRegularFile(masterCf)) {
            for (String entry : joined(TextFile.read(masterCf)).split("\n")) {
                List<String> f = MasterTokens.split(entry);
                if (f.size() >= 8) {
                    listeners.add(new Listener(f.get(0), f.get(1), f.get(7), MasterTokens.overrides(f)));
                }
            }
        }
        return new PostfixSettings(main, listeners, dir.toString());
    }

    /** Joins continuation lines (starting with white space) and drops comments, one logical line per line. */
    private static String joined(List<TextFile.Line> lines) {
        StringBuilder b = new StringBuilder();
        for (TextFile.Line line : lines) {
            String t = line.text();
            if (t.isBlank() || t.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(t.charAt(0)) && !b.isEmpty()) {
                b.setLength(b.length() - 1);
                b.append(' ').append(t.strip()).append('\n');
            } else {
                b.append(t.strip()).append('\n');
            }
        }
        return b.toString();
    }

    /** "name = value" lines (postconf -n output or joined main.cf); the last setting of a name wins. */
    private static Map<String, String> parameters(String where, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TextFile.Line line : TextFile.parse(where, text)) {
            int eq = line.text().indexOf('=');
            if (eq > 0) {
                out.put(line.text().substring(0, eq).strip(), line.text().substring(eq + 1).strip());
            }
        }
        return out;
    }
}
