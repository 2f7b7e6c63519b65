package org.smtpsentry.audit.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    private final Candidates candidates = new Candidates(List.of("qwerty"), 2026);

    @Test
    void namesAndVariationsLikeliestFirst() {
        Account a = new Account("Anna@Example.org", "Anna Berg", null, List.of("sales@example.org"), null, "f", 1);
        List<Candidate> list = candidates.of(a);
        Map<String, String> rules = list.stream().collect(Collectors.toMap(Candidate::password, Candidate::rule));
        assertEquals("", list.get(0).password());
        assertEquals("Anna", list.get(1).password());
        assertEquals("local part", rules.get("Anna"));
        assertEquals("local part, lower case", rules.get("anna"));
        assertEquals("full address", rules.get("anna@example.org"));
        assertEquals("alias sales@example.org local part", rules.get("sales"));
        assertEquals("domain name", rules.get("example"));
        assertEquals("display name without spaces", rules.get("AnnaBerg"));
        assertEquals("display name word", rules.get("Berg"));
        assertEquals("local part + 123", rules.get("Anna123"));
        assertEquals("local part + 2026", rules.get("Anna2026"));
        assertEquals("local part, reversed", rules.get("annA"));
        assertEquals("common password", rules.get("qwerty"));
        assertEquals("qwerty", list.getLast().password());
        assertTrue(list.indexOf(new Candidate("sales", rules.get("sales")))
                < list.indexOf(new Candidate("anna1", rules.get("anna1"))), "plain words before endings");
    }

    @Test
    void builtInListIsGeneratedAndShort() {
        List<String> common = CommonPasswords.builtIn(2026);
        assertTrue(common.contains("123456") && common.contains("Summer2026") && common.contains("qwertz"));
        assertTrue(common.size() < 600, "size " + common.size());
    }
}
