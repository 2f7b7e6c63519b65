package org.smtpsentry.verdict;

/**
 * A conclusion an operator can act on, with the facts behind it. Each kind carries its own figures as typed fields;
 * {@link Evidence} adds the sample lines that let the operator check it by hand.
 */
public sealed interface Verdict permits AttackingIp, CompromisedAccount, AbusedLocalScript, ProbeFailure,
        WeakCredential, ConfigGap {

    /** What the verdict names: an IP, a login, a uid. */
    String subject();

    Evidence evidence();
}
