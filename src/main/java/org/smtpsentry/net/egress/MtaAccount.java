package org.smtpsentry.net.egress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/** The uid of the MTA's user, from the passwd file (nftables matches sockets by uid). */
public final class MtaAccount {
    private MtaAccount() {
    }

    public static OptionalInt uid(Path passwd, String user) {
        try {
            for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
                String[] f = line.split(":", -1);
                if (f.length >= 3 && f[0].equals(user)) {
                    try {
                        return OptionalInt.of(Integer.parseInt(f[2]));
                    } catch (NumberFormatException e) {
                        return OptionalInt.empty();
                    }
                }
            }
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
