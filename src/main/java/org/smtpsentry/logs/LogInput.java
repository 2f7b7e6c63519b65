package org.smtpsentry.logs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.smtpsentry.UserError;

/**
 * One log input named on the command line: a file (gzip'd or not, told by its magic bytes, not its name) or "-" for
 * standard input. {@code size} is the file's size on disk (0 for stdin), for progress.
 */
public record LogInput(String name, Path path, long size, Instant modified) {

    /** The input named {@code arg}; a missing or unreadable file is a {@link UserError}. */
    public static LogInput of(String arg, Instant now) {
        if (arg.equals("-")) {
            return new LogInput("stdin", null, 0, now);
        }
        Path path = Path.of(arg);
        try {
            if (Files.isDirectory(path)) {
                throw new UserError(arg + ": is a directory, not a log file; name the files in it; nothing analysed");
            }
            return new LogInput(arg, path, Files.size(path), Files.getLastModifiedTime(path).toInstant());
        } catch (NoSuchFileException e) {
            throw new UserError(arg + ": no such file; nothing analysed");
        } catch (IOException e) {
            throw new UserError(arg + ": cannot read: " + e.getMessage() + "; nothing analysed", e);
        }
    }

    /** The input's bytes, uncompressed. */
    public InputStream open() {
        try {
            InputStream raw = path == null ? System.in : Files.newInputStream(path);
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                return new GZIPInputStream(in, 1 << 16);
            }
            return in;
        } catch (AccessDeniedException e) {
            throw new UserError(name + ": permission denied; run as root or as a member of the log's group (adm);"
                    + " nothing analysed");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage() + "; nothing analysed", e);
        }
    }
}
