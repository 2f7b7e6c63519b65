package org.smtpsentry.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpsentry.UserError;
import org.smtpsentry.audit.password.ProposedPassword;
import org.smtpsentry.audit.policy.PasswordPolicy;
import org.smtpsentry.text.JsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smtpsentry check-password USER}: does a proposed password keep the policy? Reads it on stdin. */
@Command(name = "check-password", mixinStandardHelpOptions = true,
        description = "Read a proposed password on standard input (first line) and say which policy rules it "
                + "breaks and whether it is among the first guesses. Exit 0 acceptable, 1 rejected, 2 error.")
final class CheckPasswordCommand implements Callable<Integer> {
    private static final int MAX_PASSWORD = 4096;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "USER", description = "The login the password is for (e.g. anna@example.org).")
    String user;

    @Option(names = "--alias", paramLabel = "ADDRESS", description = "An alias of the user (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Option(names = "--name", paramLabel = "TEXT", description = "The user's display name.")
    String displayName;

    @Mixin
    ConfigFileOption config;

    @Mixin
    DebugOption debug;

    @Option(names = "--json", description = "Print the verdict as JSON (see docs/audit.md).")
    boolean json;

    /** Standard input; tests replace it. */
    java.io.InputStream stdin = System.in;

    @Override
    public Integer call() {
        PasswordPolicy policy = config.policy();
        String password = readPassword();
        List<String> broken = new ArrayList<>(policy.broken(password, user, aliases));
        ProposedPassword.guessedBy(password, user, displayName, aliases,
                java.time.Year.now(java.time.ZoneOffset.UTC).getValue())
                .ifPresent(rule -> broken.add("guessable: " + rule));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonWriter w = new JsonWriter(out).beginObject().field("command", "check-password").field("user", user)
                    .field("acceptable", broken.isEmpty());
            w.name("broken").beginArray();
            broken.forEach(w::value);
            w.endArray().endObject().finish();
        } else if (broken.isEmpty()) {
            out.println(user + ": password acceptable");
        } else {
            out.println(user + ": password rejected:");
            broken.forEach(b -> out.println("  " + b));
        }
        out.flush();
        return broken.isEmpty() ? 0 : 1;
    }

    private String readPassword() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            char[] buffer = new char[MAX_PASSWORD + 1];
            int n = 0;
            int c;
            while (n <= MAX_PASSWORD && (c = in.read()) >= 0 && c != '\n') {
                buffer[n++] = (char) c;
            }
            if (n > MAX_PASSWORD) {
                throw new UserError("standard input: password longer than " + MAX_PASSWORD + " characters; "
                        + "not checked");
            }
            if (n > 0 && buffer[n - 1] == '\r') {
                n--;
            }
            if (n == 0) {
                throw new UserError("standard input: no password (give it on the first line); not checked");
            }
            return new String(buffer, 0, n);
        } catch (IOException e) {
            throw new UserError("standard input: " + e.getMessage() + "; not checked", e);
        }
    }
}
