package org.smtpsentry.text;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output or error is a terminal (Linux: /proc/self/fd), for colour and progress. */
public final class Terminal {
    private Terminal() {
    }

    public static boolean stdoutIsTty() {
        return isTty(1);
    }

    public static boolean stderrIsTty() {
        return isTty(2);
    }

    private static boolean isTty(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
