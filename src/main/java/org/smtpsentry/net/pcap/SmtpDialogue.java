package org.smtpsentry.net.pcap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Locale;

/**
 * Follows an SMTP dialogue from its two reassembled directions: commands from the client, replies from the server,
 * matched in order (as PIPELINING requires). It counts MAIL FROM and RCPT, keeps the greeting and refusals, decodes
 * clear-text AUTH PLAIN/LOGIN, skips message content and BDAT chunks, and stops at STARTTLS.
 */
final class SmtpDialogue {
    private static final int MAX_PENDING = 256;
    private static final int MAX_TEXT = 200;

    private enum Command { HELO, MAIL, RCPT, DATA, END_OF_DATA, BDAT, BDAT_LAST, AUTH, STARTTLS, OTHER }

    private enum AuthStep { NONE, PLAIN, LOGIN_USER, LOGIN_PASSWORD, CRAM }

    private final Session session;
    final LineSplitter client;
    final LineSplitter server;
    private final ArrayDeque<Command> pending = new ArrayDeque<>();
    private boolean greeted;
    private boolean inContent;
    private AuthStep authStep = AuthStep.NONE;
    private String authMechanism;
    private String authAccount;
    private Credential credential;
    private long timeNanos;
    private int replyCode = -1;
    private StringBuilder replyText;

    SmtpDialogue(Session session) {
        this.session = session;
        this.client = new LineSplitter(this::clientLine, this::clientGap);
        this.server = new LineSplitter(this::serverLine, this::serverGap);
        if (SmtpPorts.implicitTls(session.serverPort)) {
            encrypted();
        }
    }

    /** The time of the packet being read, for the credentials seen. */
    void at(long epochNanos) {
        this.timeNanos = epochNanos;
    }

    /** A TLS record from the client (0x16 handshake) where a command was due: the whole session is encrypted. */
    void clientFirstByte(byte b) {
        if (b == 0x16 && !greeted) {
            encrypted();
        }
    }

    private void encrypted() {
        session.encrypted = true;
        client.ignoreAll();
        server.ignoreAll();
    }

    /** Replies were lost: the commands waiting for them were most likely answered in the missing bytes. */
    private void serverGap() {
        pending.clear();
        replyCode = -1;
    }

    /** Commands were lost: an AUTH exchange in progress cannot be followed any more. */
    private void clientGap() {
        authStep = AuthStep.NONE;
    }

    private void clientLine(byte[] line, int length) {
        if (inContent) {
            if (length == 1 && line[0] == '.') {
                inContent = false;
                expect(Command.END_OF_DATA);
            }
            return;
        }
        if (authStep != AuthStep.NONE) {
            authLine(text(line, 0, length));
            return;
        }
        String text = text(line, 0, Math.min(length, MAX_TEXT * 2));
        String verb = word(text, 0).toUpperCase(Locale.ROOT);
        switch (verb) {
            case "EHLO", "HELO", "LHLO" -> {
                session.helo = bounded(word(text, verb.length() + 1));
                expect(Command.HELO);
            }
            case "MAIL" -> {
                session.mailFrom++;
                session.sender(path(text));
                expect(Command.MAIL);
            }
            case "RCPT" -> {
                session.recipients++;
                expect(Command.RCPT);
            }
            case "DATA" -> expect(Command.DATA);
            case "BDAT" -> bdat(text);
            case "AUTH" -> auth(text);
            case "STARTTLS" -> expect(Command.STARTTLS);
            default -> expect(Command.OTHER);
        }
    }

    private void bdat(String text) {
        String[] words = text.split(" +");
        long size = -1;
        if (words.length >= 2) {
            try {
                size = Long.parseLong(words[1]);
            } catch (NumberFormatException e) {
                size = -1;
            }
        }
        if (size >= 0) {
            client.skip(size);
        }
        boolean last = words.length >= 3 && words[2].equalsIgnoreCase("LAST");
        expect(last ? Command.BDAT_LAST : Command.BDAT);
    }

    private void auth(String text) {
        String[] words = text.split(" +");
        authMechanism = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
        String initial = words.length > 2 ? words[2] : null;
        authAccount = null;
        credential = null;
        expect(Command.AUTH);
        switch (authMechanism) {
            case "PLAIN" -> {
                if (initial == null) {
                    authStep = AuthStep.PLAIN;
                } else {
                    plain(initial);
                }
            }
            case "LOGIN" -> {
                if (initial == null) {
                    authStep = AuthStep.LOGIN_USER;
                } else {
                    authAccount = decode(initial);
                    authStep = authAccount == null ? AuthStep.NONE : AuthStep.LOGIN_PASSWORD;
                }
            }
            case "CRAM-MD5" -> authStep = AuthStep.CRAM;
            default -> authStep = AuthStep.NONE;
        }
    }

    private void authLine(String text) {
        AuthStep step = authStep;
        authStep = AuthStep.NONE;
        if (text.equals("*")) {
            return; // the client cancelled
        }
        switch (step) {
            case PLAIN -> plain(text);
            case LOGIN_USER -> {
                authAccount = decode(text);
                authStep = authAccount == null ? AuthStep.NONE : AuthStep.LOGIN_PASSWORD;
            }
            case LOGIN_PASSWORD -> {
                String password = decode(text);
                if (password != null) {
                    remember(authAccount, password);
                }
            }
            case CRAM -> {
                String answer = decode(text);
                if (answer != null && answer.lastIndexOf(' ') > 0) {
                    remember(answer.substring(0, answer.lastIndexOf(' ')), null);
                }
            }
            case NONE -> {
            }
        }
    }

    /** PLAIN: authorisation identity, NUL, account, NUL, password. */
    private void plain(String base64) {
        String decoded = decode(base64);
        if (decoded == null) {
            return;
        }
        String[] parts = decoded.split("\0", -1);
        if (parts.length == 3) {
            remember(parts[1], parts[2]);
        }
    }

    private void remember(String account, String password) {
        credential = new Credential(Instant.ofEpochSecond(0, timeNanos), session.client, session.server,
                session.serverPort, authMechanism, bounded(account), password == null ? null : bounded(password),
                Credential.Outcome.UNANSWERED);
        session.credentials.add(credential);
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getMimeDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void expect(Command command) {
        if (pending.size() < MAX_PENDING) {
            pending.add(command);
        }
    }

    private void serverLine(byte[] line, int length) {
        session.serverSpoke = true;
        if (length < 3 || !digit(line[0]) || !digit(line[1]) || !digit(line[2])) {
            return; // not a reply line: resynchronising after a gap, or not SMTP at all
        }
        int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        boolean last = length == 3 || line[3] != '-';
        if (replyCode < 0) {
            replyCode = code;
            replyText = null;
            if (code >= 400 || !greeted) {
                replyText = new StringBuilder(text(line, 0, Math.min(length, MAX_TEXT)));
            }
        } else if (replyText != null && replyText.length() < MAX_TEXT && length > 4) {
            replyText.append(' ').append(text(line, 4, Math.min(length - 4, MAX_TEXT - replyText.length())));
        }
        if (last) {
            reply(replyCode, replyText == null ? null : normalise(replyText.toString()));
            replyCode = -1;
        }
    }

    private void reply(int code, String text) {
        if (!greeted && pending.isEmpty()) {
            greeted = true;
            session.greeting = text;
            if (code >= 400) {
                session.refusal("greeting: " + text);
            }
            return;
        }
        greeted = true; // also when the capture began after the greeting
        Command command = pending.isEmpty() ? Command.OTHER : pending.peek();
        if (command == Command.AUTH && code == 334) {
            return; // a challenge: the AUTH exchange goes on
        }
        pending.poll();
        boolean ok = code < 400;
        switch (command) {
            case RCPT -> {
                if (ok) {
                    session.recipientsAccepted++;
                }
            }
            case DATA -> inContent = code == 354;
            case END_OF_DATA, BDAT_LAST -> {
                if (ok) {
                    session.messages++;
                }
            }
            case AUTH -> {
                authStep = AuthStep.NONE;
                if (credential != null) {
                    Credential.Outcome outcome = ok ? Credential.Outcome.ACCEPTED : Credential.Outcome.REFUSED;
                    session.credentials.set(session.credentials.size() - 1, new Credential(credential.time(),
                            credential.client(), credential.server(), credential.serverPort(), credential.mechanism(),
                            credential.account(), credential.password(), outcome));
                    credential = null;
                }
            }
            case STARTTLS -> {
                if (code == 220) {
                    encrypted();
                }
            }
            case HELO, MAIL, BDAT, OTHER -> {
            }
        }
        if (!ok && text != null) {
            session.refusal(name(command) + ": " + text);
        }
    }

    private static String name(Command c) {
        return switch (c) {
            case END_OF_DATA -> "end of data";
            case BDAT_LAST -> "BDAT";
            case OTHER -> "command";
            default -> c.name();
        };
    }

    /** A multi-line reply as one line: "554-blocked" + "listed in XBL" -> "554 blocked listed in XBL". */
    private static String normalise(String reply) {
        return (reply.substring(0, 3) + " " + (reply.length() > 4 ? reply.substring(4) : "")).strip();
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static String word(String text, int from) {
        if (from >= text.length()) {
            return "";
        }
        int end = text.indexOf(' ', from);
        return text.substring(from, end < 0 ? text.length() : end);
    }

    /** The address between the first '<' and the next '>' (MAIL FROM:<a@b> SIZE=1), bounded. */
    private static String path(String text) {
        int open = text.indexOf('<');
        int close = open < 0 ? -1 : text.indexOf('>', open);
        if (open < 0 || close < 0) {
            int colon = text.indexOf(':');
            return colon < 0 ? "" : bounded(word(text.substring(colon + 1).strip(), 0));
        }
        return bounded(text.substring(open + 1, close));
    }

    private static String bounded(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    private static String text(byte[] b, int offset, int length) {
        return new String(b, offset, Math.max(0, length), StandardCharsets.ISO_8859_1);
    }
}
