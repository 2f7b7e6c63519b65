package org.smtpsentry.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A fake SMTP server for unit tests that follows one send/expect script per connection, in order: lines to send,
 * command prefixes to expect, pauses, raw bytes, a slow drip, or an answering function for a free conversation.
 * Connections beyond the scripts are closed at once. What did not go to script is collected in {@link #errors()}.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket server;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    /** One step of a connection's script. */
    sealed interface Step {
    }

    record Send(List<String> lines) implements Step {
    }

    record Expect(String prefix) implements Step {
    }

    record Pause(long millis) implements Step {
    }

    record Raw(byte[] bytes, long millisBetweenBytes) implements Step {
    }

    /** Answers every command with {@code answer} (null: close) until QUIT or the client goes. */
    record Answer(Function<String, List<String>> answer) implements Step {
    }

    /** A connection's script, built step by step. */
    static final class Script {
        final List<Step> steps = new ArrayList<>();

        Script send(String... lines) {
            steps.add(new Send(List.of(lines)));
            return this;
        }

        Script expect(String prefix) {
            steps.add(new Expect(prefix));
            return this;
        }

        Script pause(long millis) {
            steps.add(new Pause(millis));
            return this;
        }

        Script raw(byte[] bytes, long millisBetweenBytes) {
            steps.add(new Raw(bytes, millisBetweenBytes));
            return this;
        }

        Script answer(Function<String, List<String>> answer) {
            steps.add(new Answer(answer));
            return this;
        }
    }

    static Script script() {
        return new Script();
    }

    /** A script that greets, answers EHLO with {@code capabilities} and then hands over to {@code answer}. */
    static Script greeted(List<String> capabilities, Function<String, List<String>> answer) {
        List<String> ehlo = new ArrayList<>();
        ehlo.add("mx.example.test");
        ehlo.addAll(capabilities);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ehlo.size(); i++) {
            lines.add("250" + (i == ehlo.size() - 1 ? " " : "-") + ehlo.get(i));
        }
        return script().send("220 mx.example.test ESMTP").expect("EHLO").send(lines.toArray(String[]::new))
                .answer(answer);
    }

    ScriptedSmtpServer(Script... scripts) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = Thread.ofVirtual().start(() -> {
            for (Script script : scripts) {
                try (Socket socket = server.accept()) {
                    play(script, socket);
                } catch (IOException e) {
                    if (!server.isClosed()) {
                        errors.add("connection: " + e);
                    }
                }
            }
            try {
                while (!server.isClosed()) {
                    server.accept().close();
                }
            } catch (IOException e) {
                // closed by the test
            }
        });
    }

    int port() {
        return server.getLocalPort();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** Every command line the server read, in order. */
    List<String> received() {
        return List.copyOf(received);
    }

    private void play(Script script, Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        for (Step step : script.steps) {
            switch (step) {
                case Send send -> write(out, send.lines());
                case Expect expect -> {
                    String line = in.readLine();
                    received.add(String.valueOf(line));
                    if (line == null || !line.startsWith(expect.prefix())) {
                        errors.add("expected " + expect.prefix() + ", got " + line);
                        return;
                    }
                }
                case Pause pause -> sleep(pause.millis());
                case Raw raw -> {
                    for (byte b : raw.bytes()) {
                        out.write(b);
                        out.flush();
                        sleep(raw.millisBetweenBytes());
                    }
                }
                case Answer answer -> {
                    String line;
                    while ((line = in.readLine()) != null) {
                        received.add(line);
                        if (line.equalsIgnoreCase("QUIT")) {
                            write(out, List.of("221 2.0.0 Bye"));
                            return;
                        }
                        List<String> reply = answer.answer().apply(line);
                        if (reply == null) {
                            return;
                        }
                        write(out, reply);
                    }
                }
            }
        }
    }

    private static void write(OutputStream out, List<String> lines) throws IOException {
        for (String line : lines) {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        thread.interrupt();
    }
}
