package org.smtpsentry.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.smtpsentry.event.DeliveryReply;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.MailEvent;
import org.smtpsentry.event.Origin;

/**
 * Runs every annotated fixture of every format under src/test/resources/fixtures. A fixture is a log with, above
 * each line, what it must become:
 * <pre>
 * # written: 2026-11-22T23:59:59Z      (when the log was last written: years of classic timestamps follow from it)
 * # zone: UTC                          (zone of timestamps without one)
 * # format: syslog                     (optional: else detected from the lines, as analyze does)
 * # file-name: s20261122.log           (optional: the name the decoder sees, for formats that date lines by it)
 * ## a free comment
 * # expect: AuthFailure clientIp=203.0.113.7 user=info@example.com
 * Nov 22 10:58:43 mail postfix/smtpd[123]: warning: ...
 * # expect: nothing                    (a known line that yields no event)
 * # expect: not-understood             (a line the tally must count)
 * </pre>
 * Several "expect" lines above one log line expect that many events, in order. Keys are record component names;
 * values are compared as text (a Mailbox as its bare address, null as "null"); a value with spaces is quoted.
 */
class FixtureTest {
    private static final Path ROOT = Path.of("src/test/resources/fixtures");

    @TestFactory
    Stream<DynamicTest> everyFixtureOfEveryFormat() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(ROOT)) {
            fixtures = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
        assertTrue(!fixtures.isEmpty(), "no fixtures under " + ROOT);
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> run(f)));
    }

    private record Expected(String event, Map<String, String> fields, String text) {
    }

    private static void run(Path fixture) throws IOException {
        List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        List<Expected> pending = new ArrayList<>();
        List<String> logLines = new ArrayList<>();
        List<List<Expected>> expectations = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# expect: ")) {
                pending.add(parse(line.substring(10).trim()));
            } else if (line.startsWith("## ") || line.equals("##") || line.isBlank()) {
                continue;
            } else if (line.startsWith("# ") && line.indexOf(": ") > 2 && logLines.isEmpty() && pending.isEmpty()) {
                headers.put(line.substring(2, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2).trim());
            } else {
                if (pending.isEmpty()) {
                    fail(fixture + ": line without an expect annotation: " + line);
                }
                logLines.add(line);
                expectations.add(pending);
                pending = new ArrayList<>();
            }
        }
        assertTrue(pending.isEmpty(), fixture + ": expect annotations after the last line");
        Instant written = Instant.parse(headers.getOrDefault("written", "2026-11-22T23:59:59Z"));
        ZoneId zone = ZoneId.of(headers.getOrDefault("zone", "UTC"));
        String name = headers.getOrDefault("file-name", fixture.getFileName().toString());
        LogFormat format = headers.containsKey("format")
                ? LogFormats.named(headers.get("format")).orElseThrow(() -> new AssertionError("no format " + headers.get("format")))
                : LogFormats.detect(logLines.stream().limit(50).toList())
                        .orElseThrow(() -> new AssertionError(fixture + ": format not detected"));
        LineDecoder decoder = format.decoder(new LogSource(name, fixture, written, zone));

        List<String> problems = new ArrayList<>();
        Capture capture = new Capture(format.inOrder());
        for (int i = 0; i < logLines.size(); i++) {
            capture.clear();
            decoder.decode(logLines.get(i), new Origin(name, i + 1, logLines.get(i)), capture);
            check(expectations.get(i), capture, logLines.get(i), problems);
        }
        assertEquals(List.of(), problems, fixture.toString());
    }

    private static void check(List<Expected> expected, Capture got, String line, List<String> problems) {
        if (expected.size() == 1 && expected.get(0).event().equals("nothing")) {
            if (!got.events.isEmpty() || got.notUnderstood > 0) {
                problems.add("expected nothing, got " + got.events + (got.notUnderstood > 0 ? " + not-understood" : "")
                        + "\n    " + line);
            }
            return;
        }
        if (expected.size() == 1 && expected.get(0).event().equals("not-understood")) {
            if (got.notUnderstood == 0) {
                problems.add("expected not-understood, got " + got.events + "\n    " + line);
            }
            return;
        }
        if (got.events.size() != expected.size()) {
            problems.add("expected " + expected.stream().map(Expected::text).toList() + ", got " + got.events
                    + (got.notUnderstood > 0 ? " + not-understood" : "") + "\n    " + line);
            return;
        }
        for (int k = 0; k < expected.size(); k++) {
            Expected e = expected.get(k);
            MailEvent event = got.events.get(k);
            if (!event.getClass().getSimpleName().equals(e.event())) {
                problems.add("expected " + e.text() + ", got " + event + "\n    " + line);
                continue;
            }
            Map<String, String> actual = fields(event);
            e.fields().forEach((key, value) -> {
                if (!actual.containsKey(key)) {
                    problems.add(e.event() + " has no field " + key + "\n    " + line);
                } else if (!actual.get(key).equals(value)) {
                    problems.add(e.event() + "." + key + ": expected " + value + ", got " + actual.get(key)
                            + "\n    " + line);
                }
            });
        }
    }

    private static Map<String, String> fields(MailEvent event) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(event);
                if (v instanceof DeliveryReply r) { // its parts are the fields a fixture names
                    out.put("relay", r.relay());
                    out.put("dsn", String.valueOf(r.dsn()));
                    out.put("response", r.response());
                    continue;
                }
                out.put(c.getName(), v == null ? "null" : v instanceof Mailbox m ? m.address() : v.toString());
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(ex);
            }
        }
        return out;
    }

    /** "AuthFailure clientIp=1.2.3.4 reason=\"Password mismatch\"" -> event name and fields. */
    private static Expected parse(String text) {
        int space = text.indexOf(' ');
        String event = space < 0 ? text : text.substring(0, space);
        Map<String, String> fields = new LinkedHashMap<>();
        int i = space < 0 ? text.length() : space + 1;
        while (i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq);
            int start = eq + 1;
            int end;
            String value;
            if (start < text.length() && text.charAt(start) == '"') {
                end = text.indexOf('"', start + 1);
                value = text.substring(start + 1, end);
                end++;
            } else {
                end = text.indexOf(' ', start);
                if (end < 0) {
                    end = text.length();
                }
                value = text.substring(start, end);
            }
            fields.put(key, value);
            i = end;
        }
        return new Expected(event, fields, text);
    }

    /** The events of a line, completed as a reader's are, by the format's in-order step (a session's login). */
    private static final class Capture implements EventSink {
        final List<MailEvent> events = new ArrayList<>();
        final InOrder inOrder;
        int notUnderstood;

        Capture(InOrder inOrder) {
            this.inOrder = inOrder;
        }

        void clear() {
            events.clear();
            notUnderstood = 0;
        }

        @Override
        public void accept(MailEvent event) {
            events.add(inOrder == null ? event : inOrder.next(event));
        }

        @Override
        public void notUnderstood(String kind, Origin where) {
            notUnderstood++;
        }
    }
}
