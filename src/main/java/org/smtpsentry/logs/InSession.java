package org.smtpsentry.logs;

/**
 * Where a raw log line stands in an SMTP session: {@code session} is the session as the line names it (an IceWarp
 * bracketed id, an Exchange session-id, a syslog "host program[pid]"), and {@code dialogueFrom} to {@code dialogueTo}
 * is where the words exchanged (a command, a reply) are in the line; -1 for both when the line is a note about the
 * session (Connected, a TLS detail, a queued message) rather than dialogue.
 */
public record InSession(String session, int dialogueFrom, int dialogueTo) {

    public static InSession note(String session) {
        return new InSession(session, -1, -1);
    }

    public static InSession dialogue(String session, int from, int to) {
        return new InSession(session, from, to);
    }

    public boolean isDialogue() {
        return dialogueFrom >= 0;
    }
}
