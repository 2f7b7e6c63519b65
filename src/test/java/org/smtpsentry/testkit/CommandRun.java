package org.smtpsentry.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.smtpsentry.cli.Main;

/** One run of smtpsentry through {@code Main.run}, as a CLI test sees it: exit status, standard output and error. */
public record CommandRun(int status, String out, String err) {

    /** Runs {@code smtpsentry ARGS...}. */
    public static CommandRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandRun(status, out.toString(), err.toString());
    }
}
