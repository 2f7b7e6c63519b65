package org.smtpsentry.report;

import java.util.List;

/**
 * Which MTA the logs came from, so that next steps name its own settings. Syslog-style logs are taken as Postfix's,
 * by far the most common; Sendmail's share that format and get the MTA-neutral wording only where Postfix's would not
 * fit.
 */
public enum ServerKind {
    POSTFIX,
    EXIM,
    OTHER;

    /** The kind of the first input (inputs of one analysis come from one server). */
    public static ServerKind of(List<Analysis.Input> inputs) {
        if (inputs.isEmpty()) {
            return OTHER;
        }
        return switch (inputs.get(0).format()) {
            case "syslog" -> POSTFIX;
            case "exim" -> EXIM;
            default -> OTHER;
        };
    }
}
