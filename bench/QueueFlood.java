import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills a private Postfix with distinct messages over SMTP with PIPELINING, several connections in parallel:
 *   java QueueFlood.java PORT COUNT CONNECTIONS NEEDLE_EVERY
 * Every NEEDLE_EVERY-th message carries the text NEEDLE-4242 in its body. Senders, recipients and subjects vary so
 * that stats have something to count. Loopback only.
 */
public class QueueFlood {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        int needleEvery = Integer.parseInt(args[3]);
        AtomicInteger next = new AtomicInteger();
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            threads[t] = new Thread(() -> {
                try {
                    send(port, count, needleEvery, next);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void send(int port, int count, int needleEvery, AtomicInteger next) throws IOException {
        while (next.get() < count) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                s.setSoTimeout(120_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = s.getOutputStream();
                reply(in);
                out.write("EHLO flood.test\r\n".getBytes(StandardCharsets.US_ASCII));
                reply(in);
                // a new connection every 500 messages keeps each smtpd's work bounded
                for (int k = 0; k < 500; k++) {
                    int i = next.getAndIncrement();
                    if (i >= count) {
                        break;
                    }
                    String from = "user" + (i % 500) + "@sender" + (i % 7) + ".test";
                    String rcpt = "r" + i + "@dest" + (i % 97) + ".test";
                    String body = (i % needleEvery == 0 ? "NEEDLE-4242 " : "") + "message number " + i + "\r\n"
                            + "lorem ipsum dolor sit amet ".repeat(20) + "\r\n";
                    String head = "MAIL FROM:<" + from + ">\r\nRCPT TO:<" + rcpt + ">\r\nDATA\r\n";
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    reply(in);
                    reply(in);
                    reply(in);
                    String msg = "From: " + from + "\r\nTo: " + rcpt + "\r\nSubject: offer " + (i % 13)
                            + "\r\n\r\n" + body + ".\r\n";
                    out.write(msg.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    String r = reply(in);
                    if (!r.startsWith("250")) {
                        throw new IOException("message " + i + " refused: " + r);
                    }
                }
                out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }
    }

    /** Reads one (possibly multi-line) SMTP reply. */
    private static String reply(BufferedReader in) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed");
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        return line;
    }
}
