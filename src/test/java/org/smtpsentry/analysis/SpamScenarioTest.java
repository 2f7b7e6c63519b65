package org.smtpsentry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpsentry.cli.Main;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The same compromised server, logged by each MTA, must be diagnosed the same way: one account, one attacker. */
class SpamScenarioTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postfix", "exim", "sendmail", "icewarp", "exchange"})
    void everyFormatNamesTheSameAccountAndAttacker(String mta) throws IOException {
        List<Path> logs = logs(new SpamScenario(), mta, dir);
        Map<String, Object> report = analyze(logs);

        List<String> accounts = names(report, "compromisedAccounts", "login");
        List<String> attackers = names(report, "attackingIps", "ip");
        assertEquals(List.of(SpamScenario.VICTIM), accounts, mta + ": compromised accounts");
        assertEquals(List.of(SpamScenario.ATTACKER), attackers, mta + ": attacking IPs");
        @SuppressWarnings("unchecked")
        Map<String, Object> account = ((List<Map<String, Object>>) report.get("compromisedAccounts")).get(0);
        assertEquals(45 + 1, ((Number) account.get("messages")).intValue(), mta + ": messages of the account");
        @SuppressWarnings("unchecked")
        Map<String, Object> attacker = ((List<Map<String, Object>>) report.get("attackingIps")).get(0);
        assertEquals(List.of(SpamScenario.VICTIM), attacker.get("loginsAfter"), mta + ": what the attacker found");
        @SuppressWarnings("unchecked")
        Map<String, Object> notUnderstood = (Map<String, Object>) report.get("notUnderstood");
        assertEquals(0, ((Number) notUnderstood.get("total")).intValue(), mta + ": lines not understood " + notUnderstood);
    }

    static List<Path> logs(SpamScenario s, String mta, Path dir) throws IOException {
        return switch (mta) {
            case "postfix" -> List.of(s.writePostfix(dir));
            case "exim" -> List.of(s.writeExim(dir));
            case "sendmail" -> List.of(s.writeSendmail(dir));
            case "icewarp" -> List.of(s.writeIceWarp(dir));
            case "exchange" -> s.writeExchange(dir);
            default -> throw new IllegalArgumentException(mta);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> analyze(List<Path> logs) {
        List<String> args = new ArrayList<>(List.of("analyze", "--json", "--timezone", "UTC", "--local-domain",
                "example.com"));
        logs.forEach(l -> args.add(l.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(1, status, "analyze finds something; stderr: " + err);
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(out.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> report, String list, String key) {
        return ((List<Map<String, Object>>) report.get(list)).stream().map(m -> (String) m.get(key)).toList();
    }
}
