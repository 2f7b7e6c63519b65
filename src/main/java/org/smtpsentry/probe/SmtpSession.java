package org.smtpsentry.probe;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A real SMTP client connection, bounded in every way: a reply line may have at most 2,048 bytes, a reply at most
 * 200 lines, and a whole reply must arrive within the endpoint's reply timeout (a server that drips one byte a
 * second is cut off, not waited for). Every line sent and received goes to the {@link Transcript}.
 */
final class SmtpSession implements AutoCloseable {
    static final int MAX_LINE = 2_048;
    static final int MAX_LINES = 200;

    private final Endpoint endpoint;
    private final Transcript transcript;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private Duration lastWait = Duration.ZERO;

    private SmtpSession(Endpoint endpoint, Transcript transcript, Socket socket) throws IOException {
        this.endpoint = endpoint;
        this.transcript = transcript;
        use(socket);
    }

    /** Connects (and, on an implicit-TLS port, completes the TLS handshake). Does not read the greeting. */
    static SmtpSession connect(Endpoint endpoint, Transcript transcript, TlsClient tls) throws IOException {
        Socket socket = plainSocket(endpoint);
        transcript.note("connected to " + endpoint.label() + " from " + socket.getLocalAddress().getHostAddress());
        SmtpSession session = new SmtpSession(endpoint, transcript, socket);
        if (endpoint.implicitTls()) {
            try {
                session.handshake(tls);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }
        return session;
    }

    /** A TCP connection to the endpoint, bound to its source address, with the connect timeout. */
    static Socket plainSocket(Endpoint endpoint) throws IOException {
        Socket socket = new Socket();
        try {
            if (endpoint.source() != null) {
                socket.bind(new InetSocketAddress(endpoint.source(), 0));
            }
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()),
                    (int) endpoint.connectTimeout().toMillis());
            return socket;
        } catch (IOException e) {
            socket.close();
            throw new Unreachable("cannot connect to " + endpoint.label()
                    + (endpoint.source() != null ? " from " + endpoint.source().getHostAddress() : "") + ": "
                    + e.getMessage(), e);
        }
    }

    Reply greeting() throws IOException {
        return read();
    }

    /** Sends one command line and reads its reply; a 421 reply ends the session with {@link ServiceClosing}. */
    Reply command(String line) throws IOException {
        return command(line, line);
    }

    /** Like {@link #command(String)}, but the transcript shows {@code shown} (a secret masked) instead. */
    Reply command(String line, String shown) throws IOException {
        transcript.client(shown);
        send(line);
        Reply reply = read();
        if (reply.code() == 421) {
            throw new ServiceClosing(reply);
        }
        return reply;
    }

    /** Sends STARTTLS; on 220 switches this session to TLS. Returns the reply to STARTTLS. */
    Reply startTls(TlsClient tls) throws IOException {
        Reply reply = command("STARTTLS");
        if (reply.code() == 220) {
            handshake(tls);
        }
        return reply;
    }

    SSLSession tlsSession() {
        return socket instanceof SSLSocket ssl ? ssl.getSession() : null;
    }

    /** How long the last reply took to arrive completely. */
    Duration lastWait() {
        return lastWait;
    }

    /** The connection's streams, for a check that speaks another protocol over it (a raw TLS ClientHello). */
    Socket socket() {
        return socket;
    }

    Transcript transcript() {
        return transcript;
    }

    /** Says QUIT (briefly: the server may be gone) and closes. */
    @Override
    public void close() {
        try {
            if (!socket.isClosed()) {
                socket.setSoTimeout(1_000);
                transcript.client("QUIT");
                send("QUIT");
                readWithin(Duration.ofSeconds(1));
            }
        } catch (IOException e) {
            // the server may already have closed: nothing to tell
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken socket: nothing to tell
            }
        }
    }

    private void handshake(TlsClient tls) throws IOException {
        SSLSocket ssl = tls.wrap(socket, endpoint);
        use(ssl);
        SSLSession session = ssl.getSession();
        transcript.note("TLS " + session.getProtocol() + " " + session.getCipherSuite());
    }

    private void use(Socket s) throws IOException {
        this.socket = s;
        this.in = new BufferedInputStream(s.getInputStream(), 4_096);
        this.out = s.getOutputStream();
    }

    private void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private Reply read() throws IOException {
        return readWithin(endpoint.replyTimeout());
    }

    private Reply readWithin(Duration timeout) throws IOException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<String> lines = new ArrayList<>();
        int code = -1;
        while (true) {
            String raw = line(deadline);
            transcript.server(raw);
            if (raw.length() < 3 || !Character.isDigit(raw.charAt(0)) || !Character.isDigit(raw.charAt(1))
                    || !Character.isDigit(raw.charAt(2)) || (raw.length() > 3 && raw.charAt(3) != ' '
                    && raw.charAt(3) != '-')) {
                throw new MalformedReply("not an SMTP reply line: \"" + shorten(raw) + "\"");
            }
            int lineCode = Integer.parseInt(raw.substring(0, 3));
            if (code >= 0 && lineCode != code) {
                throw new MalformedReply("reply code changed within one reply: " + code + " then " + lineCode);
            }
            code = lineCode;
            lines.add(raw.length() > 4 ? raw.substring(4) : "");
            if (raw.length() == 3 || raw.charAt(3) == ' ') {
                lastWait = Duration.ofNanos(System.nanoTime() - start);
                return new Reply(code, lines);
            }
            if (lines.size() >= MAX_LINES) {
                throw new MalformedReply("reply longer than " + MAX_LINES + " lines");
            }
        }
    }

    private String line(long deadline) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("no complete reply within " + endpoint.replyTimeout().toSeconds()
                        + " s");
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b == '\n') {
                byte[] bytes = buffer.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.UTF_8);
            }
            if (buffer.size() >= MAX_LINE) {
                throw new MalformedReply("reply line longer than " + MAX_LINE + " bytes");
            }
            buffer.write(b);
        }
    }

    private static String shorten(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
    }
}
