package org.smtpsentry.queue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the MTA's own (topmost) Received header says about the submission: the client IP in brackets, whether it was
 * authenticated ("with ESMTPA", "with ESMTPSA"), the login when the MTA records it ("(Authenticated sender: u@d)"
 * of Postfix, "(Exim ...) (envelope-from ...)" has none), and a local submission's user ("from userid 33").
 */
public record Received(String client, boolean authenticated, String login, String localUser) {
    private static final Pattern CLIENT = Pattern.compile("\\[(?:IPv6:)?([0-9A-Fa-f:.]{3,45})\\]");
    private static final Pattern AUTH = Pattern.compile("\\bwith E?SMTPS?A\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOGIN = Pattern.compile("\\(Authenticated sender: ([^)\\s]{1,320})\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USERID = Pattern.compile("\\bfrom userid (\\d{1,10})\\)");

    public static Received of(String header) {
        if (header.isEmpty()) {
            return new Received("", false, "", "");
        }
        String h = header.length() > 4096 ? header.substring(0, 4096) : header;
        Matcher client = CLIENT.matcher(h);
        Matcher login = LOGIN.matcher(h);
        Matcher uid = USERID.matcher(h);
        return new Received(client.find() ? client.group(1) : "", AUTH.matcher(h).find(),
                login.find() ? login.group(1) : "", uid.find() ? uid.group(1) : "");
    }
}
