package org.smtpsentry.net.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smtpsentry.UserError;

/** The script, and the check on rulesets listed by a real nft 1.0.6 (src/test/resources/egress/). */
class EgressRulesTest {
    private static final EgressPolicy POLICY = new EgressPolicy("postfix", 102, List.of("10.203.0.3", "2001:db8::25"),
            List.of(25, 465, 587), true);

    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/egress", name));
    }

    @Test
    void scriptReplacesItsOwnTableAtomically() {
        assertEquals("""
                # smtpsentry egress: outbound SMTP (tcp { 25, 465, 587 }) only for the MTA's user postfix and to the relay
                table inet smtpsentry_egress
                delete table inet smtpsentry_egress
                table inet smtpsentry_egress {
                \tchain output {
                \t\ttype filter hook output priority filter; policy accept;
                \t\toifname "lo" tcp dport { 25, 465, 587 } accept comment "to this machine's own MTA"
                \t\tmeta skuid 102 tcp dport { 25, 465, 587 } accept comment "the MTA (postfix)"
                \t\tip daddr { 10.203.0.3 } tcp dport { 25, 465, 587 } accept comment "the relay"
                \t\tip6 daddr { 2001:db8::25 } tcp dport { 25, 465, 587 } accept comment "the relay"
                \t\ttcp dport { 25, 465, 587 } limit rate 10/minute burst 5 packets log prefix "smtpsentry egress drop: " flags skuid
                \t\ttcp dport { 25, 465, 587 } counter drop comment "outbound SMTP from anyone else"
                \t}
                }
                """, EgressRules.script(POLICY));
    }

    @Test
    void relaysAreAddressesOrBlocksOnly() {
        assertEquals("192.0.2.25", Relays.canonical(" 192.0.2.25 "));
        assertEquals("2001:db8::/32", Relays.canonical("2001:0db8::/32"));
        assertNull(Relays.canonical("relay.example.org"));
        assertNull(Relays.canonical("10.0.0.1/33"));
        assertNull(Relays.canonical("10.0.0.1; flush ruleset"));
    }

    @Test
    void theInstalledRulesAreInPlace() throws Exception {
        EgressCheck check = RulesetCheck.check(fixture("ruleset-in-place.json"), POLICY);
        assertEquals(List.of(), check.problems());
        assertTrue(check.ports().stream().allMatch(p -> p.dropped() && p.logged() && p.mtaAllowed()
                && p.relaysAllowed() && p.where().equals("inet smtpsentry_egress output")), check.toString());
    }

    @Test
    void namesWhatIsMissing() throws Exception {
        EgressCheck otherUser = RulesetCheck.check(fixture("ruleset-in-place.json"),
                new EgressPolicy("exim", 105, List.of("10.203.0.3"), List.of(25), true));
        assertEquals(List.of("port 25: the MTA's user exim (uid 105) is not exempted in inet smtpsentry_egress "
                + "output: its own deliveries would be dropped"), otherUser.problems());

        EgressCheck partial = RulesetCheck.check(fixture("ruleset-port-25-only.json"),
                new EgressPolicy("postfix", 102, List.of(), List.of(25, 587), true));
        assertEquals(List.of(
                "port 25: the MTA's user postfix (uid 102) is not exempted in inet filter output: its own deliveries "
                        + "would be dropped",
                "port 25: the drops in inet filter output are not logged",
                "port 587: outbound connections are not dropped for other users"), partial.problems());
    }

    @Test
    void outputThatIsNotJsonIsAUserError() {
        UserError e = assertThrows(UserError.class, () -> RulesetCheck.check("{ nope: [", POLICY));
        assertTrue(e.getMessage().startsWith("nft -j list ruleset: the output is not JSON"), e.getMessage());
    }
}
