package org.smtpsentry.net.egress;

/** Installs an {@link EgressPolicy}'s rules and checks what the ruleset holds. */
public final class Egress {
    private final Nft nft;

    public Egress(Nft nft) {
        this.nft = nft;
    }

    public void apply(EgressPolicy policy) {
        nft.load(EgressRules.script(policy));
    }

    public EgressCheck check(EgressPolicy policy) {
        return RulesetCheck.check(nft.rulesetJson(), policy);
    }
}
