package org.smtpsentry.net.pcap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small SMTP server for recording test captures: it answers a real client (swaks) as a relay or an MX would,
 * accepts AUTH PLAIN/LOGIN (refusing the password "wrong"), and, when reached at an address listed as refusing,
 * rejects recipients the way a server checking a blocklist does. Run in-process or, inside a network namespace,
 * as {@code java -cp target/test-classes org.smtpsentry.net.pcap.SmtpResponder [--refuse A,B] ADDR:PORT...}.
 */
final class SmtpResponder implements AutoCloseable {
    private final List<ServerSocket> sockets = new ArrayList<>();
    private final Set<String> refusing;

    private SmtpResponder(Set<String> refusing) {
        this.refusing = refusing;
    }

    static SmtpResponder start(List<InetSocketAddress> addresses, Set<String> refusing) throws IOException {
        SmtpResponder r = new SmtpResponder(refusing);
        try {
            for (InetSocketAddress a : addresses) {
                ServerSocket s = new ServerSocket();
                s.setReuseAddress(true);
                r.sockets.add(s);
                s.bind(a);
                Thread.startVirtualThread(() -> r.accept(s));
            }
        } catch (IOException e) {
            r.close();
            throw e;
        }
        return r;
    }

    public static void main(String[] args) throws Exception {
        Set<String> refusing = Set.of();
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--refuse")) {
                refusing = Set.of(args[++i].split(","));
            } else {
                int colon = args[i].lastIndexOf(':');
                addresses.add(new InetSocketAddress(args[i].substring(0, colon),
                        Integer.parseInt(args[i].substring(colon + 1))));
            }
        }
        try (SmtpResponder r = start(addresses, refusing)) {
            System.out.println("listening");
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the test closes our input
            }
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread.startVirtualThread(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(10_000);
            String local = socket.getLocalAddress().getHostAddress();
            String peer = socket.getInetAddress().getHostAddress();
            boolean refuse = refusing.contains(local);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            String name = "mx-" + local.replace('.', '-') + ".example.net";
            send(out, "220 " + name + " ESMTP ready");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO" -> send(out, "250-" + name + "\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n"
                            + "250 8BITMIME");
                    case "HELO" -> send(out, "250 " + name);
                    case "AUTH" -> auth(line, in, out);
                    case "MAIL" -> send(out, "250 2.1.0 Ok");
                    case "RCPT" -> send(out, refuse ? "554 5.7.1 Service unavailable; Client host [" + peer
                            + "] blocked using zen.spamhaus.org; listed in XBL" : "250 2.1.5 Ok");
                    case "DATA" -> {
                        send(out, "354 End data with <CR><LF>.<CR><LF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself
                        }
                        send(out, "250 2.0.0 Ok: queued as 4F2B1C0A7");
                    }
                    case "QUIT" -> {
                        send(out, "221 2.0.0 Bye");
                        return;
                    }
                    case "RSET", "NOOP" -> send(out, "250 2.0.0 Ok");
                    default -> send(out, "502 5.5.2 Error: command not recognized");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void auth(String line, BufferedReader in, OutputStream out) throws IOException {
        String[] words = line.split(" ");
        String password;
        if (words.length > 1 && words[1].equalsIgnoreCase("LOGIN")) {
            if (words.length < 3) {
                send(out, "334 VXNlcm5hbWU6");
                in.readLine();
            }
            send(out, "334 UGFzc3dvcmQ6");
            password = decode(in.readLine());
        } else {
            String initial = words.length > 2 ? words[2] : null;
            if (initial == null) {
                send(out, "334 ");
                initial = in.readLine();
            }
            String plain = decode(initial);
            password = plain.substring(plain.lastIndexOf('\0') + 1);
        }
        send(out, "wrong".equals(password) ? "535 5.7.8 Error: authentication failed"
                : "235 2.7.0 Authentication successful");
    }

    private static String decode(String s) {
        return s == null ? "" : new String(java.util.Base64.getDecoder().decode(s.strip()), StandardCharsets.UTF_8);
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket s : sockets) {
            s.close();
        }
    }
}
