package org.smtpsentry.net.sockets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds which process holds which socket: every /proc/PID/fd link reads "socket:[INODE]". Processes that vanish while
 * being read, or whose fds we may not read, are passed over. Command lines are bounded to {@link #MAX_COMMAND}.
 */
final class Processes {
    static final int MAX_COMMAND = 4096;

    private final Path proc;
    private final Users users;

    Processes(Path proc, Users users) {
        this.proc = proc;
        this.users = users;
    }

    /** The process holding each of {@code inodes} (the first one found, when a socket is shared after fork). */
    Map<Long, LocalProcess> holding(Set<Long> inodes) {
        Map<Long, LocalProcess> found = new HashMap<>();
        if (inodes.isEmpty()) {
            return found;
        }
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, p -> isNumber(p.getFileName().toString()))) {
            for (Path pidDir : pids) {
                scan(pidDir, inodes, found);
                if (found.size() == inodes.size()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
    }

    private void scan(Path pidDir, Set<Long> inodes, Map<Long, LocalProcess> found) {
        LocalProcess process = null;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(pidDir.resolve("fd"))) {
            for (Path fd : fds) {
                String target;
                try {
                    target = Files.readSymbolicLink(fd).toString();
                } catch (IOException | UnsupportedOperationException e) {
                    continue;
                }
                if (!target.startsWith("socket:[")) {
                    continue;
                }
                long inode = Long.parseLong(target.substring(8, target.length() - 1));
                if (inodes.contains(inode) && !found.containsKey(inode)) {
                    if (process == null) {
                        process = describe(pidDir);
                    }
                    found.put(inode, process);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended, or its fds are not ours to read
        }
    }

    private LocalProcess describe(Path pidDir) {
        long pid = Long.parseLong(pidDir.getFileName().toString());
        String name = firstLine(pidDir.resolve("comm"));
        String command = commandLine(pidDir.resolve("cmdline"));
        int uid = uid(pidDir.resolve("status"));
        return new LocalProcess(pid, uid, users.name(uid), name, command.isEmpty() ? "[" + name + "]" : command);
    }

    private static String firstLine(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        } catch (IOException e) {
            return "?";
        }
    }

    private static String commandLine(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_COMMAND);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] == 0) {
                end--;
            }
            return new String(bytes, 0, end, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static int uid(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.substring(4).strip().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
