package org.smtpsentry.logs;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One input as a decoder sees it: the name to cite in evidence, the file (null for stdin), the moment its last line
 * was written at the latest (the file's modification time, or now for stdin: years are inferred from it), and the
 * time zone of timestamps that carry none.
 */
public record LogSource(String name, Path path, Instant writtenBy, ZoneId zone) {
}
