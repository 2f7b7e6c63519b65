package org.smtpsentry.audit.password;

import java.io.PrintWriter;
import java.util.List;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Palette;
import org.smtpsentry.text.Table;
import org.smtpsentry.verdict.WeakCredential;

/** The password audit as a terminal report or as JSON; found passwords masked unless {@code showPasswords}. */
public record PasswordReport(PasswordFindings findings, boolean showPasswords) {
    static final String MASK = "********";

    public void printText(PrintWriter out, Palette palette) {
        out.println(palette.bold("Password audit") + ": " + Numbers.count(findings.accounts().size())
                + " accounts, " + Numbers.count(findings.candidatesTried()) + " of "
                + Numbers.count(findings.candidatesPlanned()) + " guesses tried in "
                + seconds(findings.elapsed().toMillis()) + " on " + findings.threads() + " threads");
        List<WeakCredential> verdicts = findings.verdicts();
        Table guessed = new Table("ACCOUNT", "SCHEME", "GUESSED BY", "PASSWORD", "WHERE");
        Table weak = new Table("ACCOUNT", "SCHEME", "WHY IT IS WEAK", "WHERE");
        for (WeakCredential v : verdicts) {
            String where = v.evidence().samples().getFirst().place();
            switch (v.kind()) {
                case GUESSED -> guessed.row(palette.red(v.login()), v.scheme(), v.rule(), mask(v.password()), where);
                case WEAK_SCHEME -> weak.row(palette.yellow(v.login()), v.scheme(), v.rule(), where);
                case BREAKS_POLICY -> throw new IllegalStateException("a password audit makes no policy verdicts");
            }
        }
        section(out, palette, "Guessed passwords", guessed);
        section(out, palette, "Weak schemes", weak);
        Table unchecked = new Table("ACCOUNT", "SCHEME", "WHY NOT CHECKED", "WHERE");
        for (AccountResult r : findings.notCheckable()) {
            unchecked.row(r.login(), r.scheme(), r.reason(), r.place());
        }
        section(out, palette, "Not checkable", unchecked);
        Table budget = new Table("ACCOUNT", "SCHEME", "TRIED", "OF", "WHERE");
        for (AccountResult r : findings.outOfBudget()) {
            budget.row(r.login(), r.scheme(), Numbers.count(r.tried()), Numbers.count(r.total()), r.place());
        }
        if (!budget.isEmpty()) {
            out.println();
            out.println(palette.bold("Stopped by the time budget") + " (" + findings.budget().toSeconds()
                    + " s for slow schemes; raise it with --budget): " + findings.outOfBudget().size() + " accounts");
            out.print(budget.render("  "));
        }
        Table speed = new Table("SCHEME", "CHECKS", "CHECKS/S PER THREAD");
        for (SchemeRate rate : findings.rates()) {
            speed.row(rate.scheme(), Numbers.count(rate.checks()), Numbers.count(Math.round(rate.perSecond())));
        }
        section(out, palette, "Speed", speed);
        if (!findings.hasFindings()) {
            out.println();
            out.println(findings.outOfBudget().isEmpty()
                    ? palette.green("No guessable password and no weak scheme found.")
                    : palette.yellow("No password guessed among the guesses tried and no weak scheme found; "
                            + findings.outOfBudget().size() + " accounts were not finished within the budget."));
        }
        out.flush();
    }

    private static void section(PrintWriter out, Palette palette, String title, Table table) {
        if (table.isEmpty()) {
            return;
        }
        out.println();
        out.println(palette.bold(title));
        out.print(table.render("  "));
    }

    private String mask(String password) {
        return password == null ? "" : showPasswords ? password : MASK;
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The documented JSON (docs/audit.md). */
    public void printJson(PrintWriter out) {
        JsonWriter json = new JsonWriter(out).beginObject()
                .field("command", "audit passwords")
                .field("accounts", findings.accounts().size())
                .field("guesses_tried", findings.candidatesTried())
                .field("guesses_planned", findings.candidatesPlanned())
                .field("elapsed_ms", findings.elapsed().toMillis())
                .field("budget_s", findings.budget().toSeconds())
                .field("threads", findings.threads())
                .field("findings", findings.hasFindings());
        json.name("guessed").beginArray();
        for (AccountResult r : findings.guessed()) {
            json.beginObject().field("login", r.login()).field("scheme", r.scheme()).field("rule", r.rule())
                    .field("password", showPasswords ? r.password() : null).field("where", r.place()).endObject();
        }
        json.endArray().name("weak_schemes").beginArray();
        for (AccountResult r : findings.weakSchemes()) {
            json.beginObject().field("login", r.login()).field("scheme", r.scheme())
                    .field("why", r.weaknessText()).field("where", r.place()).endObject();
        }
        json.endArray().name("not_checkable").beginArray();
        for (AccountResult r : findings.notCheckable()) {
            json.beginObject().field("login", r.login()).field("scheme", r.scheme())
                    .field("reason", r.reason()).field("where", r.place()).endObject();
        }
        json.endArray().name("out_of_budget").beginArray();
        for (AccountResult r : findings.outOfBudget()) {
            json.beginObject().field("login", r.login()).field("scheme", r.scheme()).field("tried", r.tried())
                    .field("total", r.total()).field("where", r.place()).endObject();
        }
        json.endArray().name("rates").beginArray();
        for (SchemeRate rate : findings.rates()) {
            json.beginObject().field("scheme", rate.scheme()).field("checks", rate.checks())
                    .field("per_second_per_thread", Math.round(rate.perSecond())).endObject();
        }
        json.endArray().endObject().finish();
    }
}
