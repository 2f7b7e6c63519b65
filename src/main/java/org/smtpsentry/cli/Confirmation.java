package org.smtpsentry.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/** Nothing changes without --yes, or a "y" typed at a terminal. */
final class Confirmation {
    private Confirmation() {
    }

    static boolean given(boolean yes, String question, PrintWriter out) {
        if (yes) {
            return true;
        }
        Console console = System.console();
        if (console == null || !org.smtpsentry.text.Terminal.stdoutIsTty()) {
            out.println("dry run: nothing changed; add --yes to " + question);
            out.flush();
            return false;
        }
        out.flush();
        String answer = console.readLine("%s? [y/N] ", question);
        boolean ok = answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
        if (!ok) {
            out.println("nothing changed");
        }
        return ok;
    }
}
