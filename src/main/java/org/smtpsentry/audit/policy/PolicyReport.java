package org.smtpsentry.audit.policy;

import java.io.PrintWriter;
import java.util.List;
import org.smtpsentry.text.JsonWriter;
import org.smtpsentry.text.Numbers;
import org.smtpsentry.text.Palette;
import org.smtpsentry.text.Table;
import org.smtpsentry.verdict.WeakCredential;

/** `audit policy` as a terminal report or JSON: one row per broken rule. Passwords are never printed here. */
public record PolicyReport(PasswordPolicy policy, List<PolicyBreach> breaches, int accounts, long unjudged) {

    public void printText(PrintWriter out, Palette palette) {
        out.println(palette.bold("Password policy audit") + ": " + Numbers.count(accounts) + " accounts, "
                + Numbers.count(breaches.size()) + " break the policy, " + Numbers.count(unjudged)
                + " could not be judged (password not known, no change date)");
        Table table = new Table("ACCOUNT", "BROKEN RULE", "WHERE");
        for (WeakCredential v : PolicyAudit.verdicts(breaches)) {
            table.row(palette.red(v.login()), v.rule(), v.evidence().samples().getFirst().place());
        }
        if (table.isEmpty()) {
            out.println(palette.green("No account breaks the policy."));
        } else {
            out.println();
            out.print(table.render("  "));
        }
        out.flush();
    }

    public void printJson(PrintWriter out) {
        JsonWriter json = new JsonWriter(out).beginObject()
                .field("command", "audit policy")
                .field("accounts", accounts)
                .field("unjudged", unjudged)
                .field("findings", !breaches.isEmpty());
        json.name("policy").beginObject()
                .field("min_length", policy.minLength())
                .field("min_digits", policy.minDigits())
                .field("min_non_alphanumerics", policy.minNonAlphanumerics())
                .field("min_letters", policy.minLetters())
                .field("min_upper_case", policy.minUpperCase())
                .field("not_containing_user_name", policy.notContainingUserName())
                .name("max_age_days");
        if (policy.maxAge() == null) {
            json.value((String) null);
        } else {
            json.value(policy.maxAge().toDays());
        }
        json.endObject();
        json.name("breaches").beginArray();
        for (PolicyBreach b : breaches) {
            json.beginObject().field("login", b.account().login()).field("where", b.account().place());
            json.name("rules").beginArray();
            b.rules().forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray().endObject().finish();
    }
}
