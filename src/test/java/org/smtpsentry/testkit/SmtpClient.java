package org.smtpsentry.testkit;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A bare SMTP dialogue, for what swaks cannot do: hanging up in the middle of AUTH, cancelling it with "*".
 * Plain text only, bounded: a 30 s read timeout and at most 100 lines of 1,000 characters per reply.
 *
 * <pre>{@code
 * try (SmtpClient c = SmtpClient.connect("127.0.0.9", postfix.smtpPort())) {
 *     c.command("EHLO bot.example.net");
 *     c.command("AUTH LOGIN");   // 334 VXNlcm5hbWU6
 *     c.drop();                  // "lost connection after AUTH"
 * }
 * }</pre>
 */
public final class SmtpClient implements Closeable {
    private static final int MAX_LINE = 1000;
    private static final int MAX_LINES = 100;

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final String greeting;

    private SmtpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        this.out = socket.getOutputStream();
        this.greeting = reply();
    }

    /** Connects from {@code localIp} to 127.0.0.1:{@code port} and reads the greeting. */
    public static SmtpClient connect(String localIp, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(localIp), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
        socket.setSoTimeout(30_000);
        return new SmtpClient(socket);
    }

    public String greeting() {
        return greeting;
    }

    /** Sends one line (CRLF added) and returns the whole reply, lines joined by "\n". */
    public String command(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply();
    }

    /** Reads one (multi-line) reply. */
    public String reply() throws IOException {
        StringBuilder reply = new StringBuilder();
        for (int i = 0; i < MAX_LINES; i++) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed by the server after: " + reply);
            }
            if (line.length() > MAX_LINE) {
                throw new IOException("reply line longer than " + MAX_LINE + " characters");
            }
            reply.append(line).append('\n');
            if (line.length() < 4 || line.charAt(3) != '-') {
                return reply.toString().strip();
            }
        }
        throw new IOException("reply longer than " + MAX_LINES + " lines");
    }

    /** Hangs up without QUIT (a reset, as a bot that gives up). */
    public void drop() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
