package org.smtpsentry.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;

/**
 * The lines of a configuration or account file, read with bounds (line length, line count) so that a wrong file
 * given by mistake ends in one clear error instead of a memory blow-up. Bad UTF-8 is replaced, not fatal.
 */
public final class TextFile {
    public static final int MAX_LINE = 64 * 1024;
    public static final int MAX_LINES = 5_000_000;

    /** A line and its number, from 1. */
    public record Line(int number, String text) {
    }

    private TextFile() {
    }

    public static List<Line> read(Path file) {
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            return lines(file.toString(), r);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage() + "; check the path and permissions; "
                    + "nothing checked", e);
        }
    }

    /** Lines of text already in memory (a program's output); {@code name} is the place named in errors. */
    public static List<Line> parse(String name, String text) {
        try {
            return lines(name, new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Line> lines(String name, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int c;
        int number = 1;
        boolean any = false;
        while ((c = in.read()) >= 0) {
            any = true;
            if (c == '\n') {
                add(name, lines, number++, line);
                any = false;
            } else if (line.length() >= MAX_LINE) {
                throw new UserError(name + ", line " + number + ": longer than " + MAX_LINE
                        + " characters; is this the right file? nothing checked");
            } else {
                line.append((char) c);
            }
        }
        if (any) {
            add(name, lines, number, line);
        }
        return lines;
    }

    private static void add(String name, List<Line> lines, int number, StringBuilder line) {
        if (lines.size() >= MAX_LINES) {
            throw new UserError(name + ": more than " + MAX_LINES + " lines; split it; nothing checked");
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        lines.add(new Line(number, line.substring(0, end)));
        line.setLength(0);
    }
}
