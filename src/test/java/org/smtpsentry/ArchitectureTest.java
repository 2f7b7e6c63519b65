package org.smtpsentry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import arrows of DESIGN.md: which package may use which. A package not listed may import the root and
 * {@code text} only; sub-packages share their parent's rights ({@code logs.postfix} is {@code logs}).
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/smtpsentry");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.smtpsentry\\.([a-z.]+?)\\.[A-Z]",
            Pattern.MULTILINE);

    /** Package (first one or two parts) -> packages it may import, besides itself, the root and text. */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("event", List.of()),
            Map.entry("event.trail", List.of("event")),
            Map.entry("logs", List.of("event")),
            Map.entry("logs.follow", List.of("logs", "event", "store")),
            Map.entry("policy", List.of("event", "verdict", "detect")),
            Map.entry("net.pcap", List.of("event")),
            Map.entry("detect", List.of("event", "event.trail", "verdict", "store")),
            Map.entry("verdict", List.of("event")),
            Map.entry("act", List.of("verdict", "event", "store", "queue", "exec")),
            Map.entry("store", List.of()),
            Map.entry("queue", List.of("event", "exec")),
            Map.entry("audit", List.of("verdict", "exec", "dns")),
            Map.entry("probe", List.of("verdict", "exec", "dns")),
            Map.entry("dns", List.of("verdict", "exec")),
            Map.entry("net.sockets", List.of("verdict", "exec")),
            Map.entry("net.egress", List.of("verdict", "exec")),
            Map.entry("exec", List.of()),
            Map.entry("text", List.of()),
            Map.entry("report", List.of("verdict", "event", "event.trail", "logs")));

    /** Packages that wire everything: config, serve, web, cli, analysis (the batch wiring of analyze and trace). */
    private static final List<String> WIRING = List.of("cli", "config", "serve", "web", "analysis");

    @Test
    void importsFollowTheArrowsOfTheDesign() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                String home = home(pkg);
                if (pkg.isEmpty() || WIRING.contains(home)) {
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String target = home(m.group(1));
                    if (!target.equals(home) && !target.isEmpty() && !target.equals("text")
                            && !ALLOWED.getOrDefault(home, List.of()).contains(target)) {
                        violations.add(file + " imports org.smtpsentry." + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "imports against DESIGN.md's arrows");
    }

    /** The package whose rules apply: "logs.postfix" -> "logs", "net.pcap.tcp" -> "net.pcap", "event.trail" stays. */
    private static String home(String pkg) {
        for (String key : ALLOWED.keySet()) {
            if (key.contains(".") && (pkg.equals(key) || pkg.startsWith(key + "."))) {
                return key;
            }
        }
        int dot = pkg.indexOf('.');
        String first = dot < 0 ? pkg : pkg.substring(0, dot);
        if (!ALLOWED.containsKey(first) && !WIRING.contains(first) && dot > 0) {
            return pkg.substring(0, pkg.indexOf('.', dot + 1) < 0 ? pkg.length() : pkg.indexOf('.', dot + 1));
        }
        return first;
    }
}
