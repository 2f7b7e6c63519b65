package org.smtpsentry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Printed output compared with a file under src/test/resources/org/smtpsentry/audit. Run with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then review the diff.
 */
public final class GoldenFiles {
    private static final Path DIR = Path.of("src/test/resources/org/smtpsentry/audit");

    private GoldenFiles() {
    }

    public static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.writeString(file, actual);
        }
        assertEquals(Files.readString(file), actual, "golden file " + file);
    }
}
