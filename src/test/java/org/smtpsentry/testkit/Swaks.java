package org.smtpsentry.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.exec.ProgramRun;
import org.smtpsentry.exec.Programs;

/**
 * One swaks run against a {@link RealPostfix}, from a chosen loopback source address. Made by
 * {@link RealPostfix#swaks()}; every method returns {@code this}, then {@link #send()}, {@link #expectSuccess()} or
 * {@link #expectFailure()}.
 *
 * <pre>{@code
 * postfix.swaks().from("127.0.0.5").authLogin("sales@example.test", "wrong").expectFailure();
 * postfix.swaks().from("127.0.0.6").authLogin("sales@example.test", "sales")
 *         .mailFrom("ceo@bank.test").to("a@far.test", "b@far.test").expectSuccess();
 * }</pre>
 */
public final class Swaks {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    /** What swaks did: its exit status (0 = the whole dialogue went as planned) and the transcript. */
    public record Result(int exitStatus, String transcript) {
        public boolean ok() {
            return exitStatus == 0;
        }
    }

    private final RealPostfix postfix;
    private int port;
    private String sourceIp = "127.0.0.1";
    private String mechanism;
    private String user;
    private String password;
    private String mailFrom;
    private final List<String> recipients = new ArrayList<>();
    private boolean starttls;
    private boolean tlsOnConnect;
    private String quitAfter;
    private String body;

    Swaks(RealPostfix postfix) {
        this.postfix = postfix;
        this.port = postfix.smtpPort();
        this.mailFrom = "sender@" + postfix.localDomain();
    }

    /** The local address the client binds to, e.g. "127.0.0.5" (untrusted: mynetworks is 127.0.0.1 only). */
    public Swaks from(String localIp) {
        this.sourceIp = localIp;
        return this;
    }

    /** The port to talk to (the smtp listener unless set). */
    public Swaks port(int port) {
        this.port = port;
        return this;
    }

    /** STARTTLS on the submission port. */
    public Swaks submission() {
        this.port = postfix.submissionPort();
        this.starttls = true;
        return this;
    }

    /** Implicit TLS on the smtps port. */
    public Swaks smtps() {
        this.port = postfix.smtpsPort();
        this.tlsOnConnect = true;
        return this;
    }

    public Swaks starttls() {
        this.starttls = true;
        return this;
    }

    public Swaks authLogin(String user, String password) {
        return auth("LOGIN", user, password);
    }

    public Swaks authPlain(String user, String password) {
        return auth("PLAIN", user, password);
    }

    public Swaks auth(String mechanism, String user, String password) {
        this.mechanism = mechanism;
        this.user = user;
        this.password = password;
        return this;
    }

    /** The envelope sender (MAIL FROM); sender@LOCALDOMAIN unless set. */
    public Swaks mailFrom(String address) {
        this.mailFrom = address;
        return this;
    }

    /** The envelope recipients, all in one message; postmaster@LOCALDOMAIN when none is given. */
    public Swaks to(String... addresses) {
        recipients.addAll(List.of(addresses));
        return this;
    }

    /** Ends the dialogue after this step (CONNECT, EHLO, TLS, AUTH, MAIL, RCPT), as swaks --quit-after. */
    public Swaks quitAfter(String step) {
        this.quitAfter = step;
        return this;
    }

    /** The whole message (headers and body) instead of swaks's default test message. */
    public Swaks data(String message) {
        this.body = message;
        return this;
    }

    public Result send() {
        List<String> argv = new ArrayList<>(List.of("swaks", "--server", "127.0.0.1", "--port", Integer.toString(port),
                "--local-interface", sourceIp, "--from", mailFrom, "--timeout", "60",
                "--to", String.join(",", recipients.isEmpty() ? List.of("postmaster@" + postfix.localDomain())
                        : recipients)));
        if (mechanism != null) {
            argv.addAll(List.of("--auth", mechanism, "--auth-user", user, "--auth-password", password));
        }
        if (starttls) {
            argv.add("--tls");
        }
        if (tlsOnConnect) {
            argv.add("--tls-on-connect");
        }
        if (quitAfter != null) {
            argv.addAll(List.of("--quit-after", quitAfter));
        }
        if (body != null) {
            argv.addAll(List.of("--data", "-"));
        }
        ProgramRun run = Programs.run(argv, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                TIMEOUT);
        return new Result(run.exitStatus(), run.stdoutText() + run.stderrText());
    }

    /** Sends and fails the test unless swaks went through the whole dialogue. */
    public Result expectSuccess() {
        Result result = send();
        if (!result.ok()) {
            throw new AssertionError("swaks failed (exit " + result.exitStatus() + "):\n" + result.transcript());
        }
        return result;
    }

    /** Sends and fails the test if swaks succeeded (for a wrong password, a refused relay...). */
    public Result expectFailure() {
        Result result = send();
        if (result.ok()) {
            throw new AssertionError("swaks succeeded but should have failed:\n" + result.transcript());
        }
        return result;
    }
}
