package org.smtpsentry.net.sockets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** User names by uid, from a passwd file (name:password:uid:...). Unknown uids print as their number. */
public final class Users {
    private final Map<Integer, String> names = new HashMap<>();

    private Users() {
    }

    public static Users from(Path passwd) {
        Users users = new Users();
        try {
            for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
                String[] f = line.split(":", -1);
                if (f.length >= 3) {
                    try {
                        users.names.putIfAbsent(Integer.parseInt(f[2]), f[0]);
                    } catch (NumberFormatException e) {
                        // a malformed line names nobody
                    }
                }
            }
        } catch (IOException e) {
            // no passwd file: uids print as numbers
        }
        return users;
    }

    String name(int uid) {
        return uid < 0 ? "?" : names.getOrDefault(uid, Integer.toString(uid));
    }
}
