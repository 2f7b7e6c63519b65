package org.smtpsentry.event;

/** An MTA's id for one message in its queue (Postfix "4Fv2Qm1kZtz8w", Exim "1tXyZ-000123-AB", IceWarp "TUQ42143"). */
public record QueueId(String value) {
    @Override
    public String toString() {
        return value;
    }
}
