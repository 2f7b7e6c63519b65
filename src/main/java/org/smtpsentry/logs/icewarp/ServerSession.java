package org.smtpsentry.logs.icewarp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smtpsentry.event.AuthAbort;
import org.smtpsentry.event.AuthFailure;
import org.smtpsentry.event.AuthSuccess;
import org.smtpsentry.event.Connect;
import org.smtpsentry.event.Disconnect;
import org.smtpsentry.event.Helo;
import org.smtpsentry.event.MailFrom;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MessageAccepted;
import org.smtpsentry.event.Origin;
import org.smtpsentry.event.QueueId;
import org.smtpsentry.event.Rcpt;
import org.smtpsentry.event.Reject;
import org.smtpsentry.event.Reporter;
import org.smtpsentry.event.SessionId;
import org.smtpsentry.event.TlsStarted;
import org.smtpsentry.event.WeakPassword;
import org.smtpsentry.logs.EventSink;

/**
 * A client's session with IceWarp, followed through its dialogue: {@code <<<} is what the client sent, {@code >>>}
 * the server's answer. The AUTH LOGIN and AUTH PLAIN exchanges are decoded so the events name the account; a
 * password seen in them is compared with the user name at once and dropped, never kept or passed on.
 */
final class ServerSession implements IceWarpSessions.Session {
    private static final int MAX_RECIPIENTS = 10_000;

    private enum Auth { NONE, WANT_USER, WANT_PASSWORD, WANT_PLAIN, WANT_ANSWER }

    private final SessionId session;
    private final String ip;
    private final Map<QueueId, List<Mailbox>> recipientsOf;
    private String pending = "";
    private Auth auth = Auth.NONE;
    private String mechanism;
    private String authUser;
    private boolean passwordIsUser;
    private String login;
    private int authTried;
    private int authSucceeded;
    private String sender;
    private String rcpt;
    private final List<Mailbox> recipients = new ArrayList<>();
    private boolean ended;

    ServerSession(String id, String ip, Map<QueueId, List<Mailbox>> recipientsOf) {
        this.session = new SessionId("icewarp [" + id + "]");
        this.ip = ip;
        this.recipientsOf = recipientsOf;
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public void line(Instant time, SessionLine l, Origin origin, EventSink sink) {
        String t = l.text();
        if (t.startsWith("<<< ")) {
            client(time, t.substring(4), origin, sink);
        } else if (t.startsWith(">>> ")) {
            server(time, t.substring(4), origin, sink);
        } else if (t.startsWith("*** ")) {
            accepted(time, t, origin, sink);
        } else if (t.equals("Connected")) {
            sink.accept(new Connect(time, origin, session, ip, "unknown"));
        } else if (t.startsWith("Disconnected")) {
            ended = true;
            sink.accept(new Disconnect(time, origin, session, ip, authTried, authSucceeded));
        } else if (!t.contains("INCOMPLETE-SESSION") && !t.startsWith("Connecting") && !t.startsWith("SSL")
                && !t.startsWith("TLS")) {
            sink.notUnderstood("IceWarp server session line", origin);
        }
    }

    private void client(Instant time, String c, Origin origin, EventSink sink) {
        switch (auth) {
            case WANT_USER -> {
                authUser = decode(c);
                auth = Auth.WANT_PASSWORD;
                return;
            }
            case WANT_PASSWORD -> {
                if (!c.equals("*")) {
                    passwordIsUser = isUserName(decode(c), authUser);
                    auth = Auth.WANT_ANSWER;
                    return;
                }
            }
            case WANT_PLAIN -> {
                if (!c.equals("*")) {
                    plain(c);
                    auth = Auth.WANT_ANSWER;
                    return;
                }
            }
            case NONE, WANT_ANSWER -> { }
        }
        if (c.equals("*")) {
            auth = Auth.NONE;
            sink.accept(new AuthAbort(time, origin, session, ip, mechanism));
            return;
        }
        int space = c.indexOf(' ');
        String verb = (space < 0 ? c : c.substring(0, space)).toUpperCase(Locale.ROOT);
        String arg = space < 0 ? "" : c.substring(space + 1).trim();
        pending = verb;
        switch (verb) {
            case "EHLO", "HELO" -> sink.accept(new Helo(time, origin, session, ip, arg));
            case "AUTH" -> startAuth(arg);
            case "MAIL" -> {
                List<String> a = IceWarpSessions.angled(arg, 0);
                sender = a.isEmpty() ? null : a.get(0);
                recipients.clear();
            }
            case "RCPT" -> {
                List<String> a = IceWarpSessions.angled(arg, 0);
                rcpt = a.isEmpty() ? null : a.get(0);
            }
            case "RSET" -> {
                sender = null;
                recipients.clear();
            }
            default -> { }
        }
    }

    private void startAuth(String arg) {
        authTried++;
        int space = arg.indexOf(' ');
        mechanism = (space < 0 ? arg : arg.substring(0, space)).toUpperCase(Locale.ROOT);
        String initial = space < 0 ? null : arg.substring(space + 1).trim();
        authUser = null;
        passwordIsUser = false;
        switch (mechanism) {
            case "LOGIN" -> {
                if (initial == null) {
                    auth = Auth.WANT_USER;
                } else {
                    authUser = decode(initial);
                    auth = Auth.WANT_PASSWORD;
                }
            }
            case "PLAIN" -> {
                if (initial == null) {
                    auth = Auth.WANT_PLAIN;
                } else {
                    plain(initial);
                    auth = Auth.WANT_ANSWER;
                }
            }
            default -> auth = Auth.WANT_ANSWER;
        }
    }

    /** AUTH PLAIN's "authzid NUL user NUL password": the user is kept, the password only compared. */
    private void plain(String encoded) {
        String decoded = decode(encoded);
        if (decoded == null) {
            return;
        }
        String[] parts = decoded.split("\0", -1);
        if (parts.length == 3) {
            authUser = parts[1];
            passwordIsUser = isUserName(parts[2], authUser);
        }
    }

    private void server(Instant time, String answer, Origin origin, EventSink sink) {
        int code = IceWarpSessions.code(answer, 0);
        String text = answer.length() > 4 ? answer.substring(4) : "";
        if (auth != Auth.NONE && code != 334) {
            authAnswer(time, code, text, origin, sink);
            return;
        }
        switch (pending) {
            case "STARTTLS" -> {
                if (code == 220) {
                    sink.accept(new TlsStarted(time, origin, session, ip, ""));
                }
            }
            case "MAIL" -> {
                if (code >= 400) {
                    sink.accept(new Reject(time, origin, session, null, ip, "MAIL", mailbox(sender), null,
                            String.valueOf(code), text));
                }
            }
            case "RCPT" -> {
                if (code >= 200 && code < 300 && rcpt != null && recipients.size() < MAX_RECIPIENTS) {
                    recipients.add(Mailbox.of(rcpt));
                } else if (code >= 400) {
                    sink.accept(new Reject(time, origin, session, null, ip, "RCPT", mailbox(sender), mailbox(rcpt),
                            String.valueOf(code), text));
                }
            }
            case "DATA" -> {
                if (code >= 400) {
                    sink.accept(new Reject(time, origin, session, null, ip, "DATA", mailbox(sender), null,
                            String.valueOf(code), text));
                }
            }
            default -> { }
        }
        pending = "";
    }

    private void authAnswer(Instant time, int code, String text, Origin origin, EventSink sink) {
        auth = Auth.NONE;
        if (code == 235) {
            authSucceeded++;
            login = authUser;
            sink.accept(new AuthSuccess(time, origin, session, ip, authUser, mechanism, Reporter.MTA));
            if (passwordIsUser) {
                sink.accept(new WeakPassword(time, origin, session, ip, authUser, "the password is the user name"));
            }
        } else {
            sink.accept(new AuthFailure(time, origin, session, ip, authUser, mechanism, Reporter.MTA,
                    code < 0 ? text : code + " " + text));
        }
        passwordIsUser = false;
    }

    /** {@code *** <from> <to> [<to>...] 1 220 00:01:27 OK TUQ42143}: the message was taken in as TUQ42143. */
    private void accepted(Instant time, String t, Origin origin, EventSink sink) {
        List<String> addresses = IceWarpSessions.angled(t, 4);
        int afterAddresses = t.lastIndexOf('>') + 1;
        String[] tail = t.substring(afterAddresses).trim().split(" ");
        if (addresses.isEmpty() || tail.length < 4) {
            sink.notUnderstood("IceWarp *** line", origin);
            return;
        }
        String result = tail[3];
        Mailbox from = Mailbox.of(addresses.get(0));
        if (!result.equals("OK") || tail.length < 5) {
            sink.accept(new Reject(time, origin, session, null, ip, "END-OF-MESSAGE", from, null, "", result));
            return;
        }
        QueueId id = new QueueId(tail[4]);
        List<Mailbox> to = new ArrayList<>(recipients);
        if (to.isEmpty()) {
            for (int i = 1; i < addresses.size(); i++) {
                to.add(Mailbox.of(addresses.get(i)));
            }
        }
        sink.accept(new MessageAccepted(time, origin, id, session, ip, login, login == null ? null : mechanism));
        sink.accept(new MailFrom(time, origin, id, from, number(tail[1]), to.size()));
        for (Mailbox r : to) {
            sink.accept(new Rcpt(time, origin, id, session, r));
        }
        recipientsOf.put(id, List.copyOf(to));
        recipients.clear();
        sender = null;
    }

    private static Mailbox mailbox(String address) {
        return address == null ? null : Mailbox.of(address);
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Base64 text as UTF-8, or null when it is not base64. */
    private static String decode(String b64) {
        try {
            return new String(Base64.getDecoder().decode(b64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a password is the user name, or its part before the '@' (what guessing bots try first). */
    private static boolean isUserName(String password, String user) {
        if (password == null || user == null || password.isEmpty()) {
            return false;
        }
        int at = user.indexOf('@');
        return password.equalsIgnoreCase(user) || at > 0 && password.equalsIgnoreCase(user.substring(0, at));
    }
}
