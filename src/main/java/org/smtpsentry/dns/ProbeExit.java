package org.smtpsentry.dns;

import java.util.List;
import org.smtpsentry.verdict.ProbeFailure;

/** Exit status of {@code probe}, {@code dns} and {@code dnsbl}: the worst finding, or 3 when nothing could be asked. */
public final class ProbeExit {
    /** Nothing could be asked at all: no port connected, no resolver or list answered. */
    public static final int UNREACHABLE = 3;

    private ProbeExit() {
    }

    /** 0 nothing to fix, 1 warnings, 2 failures. */
    public static int of(List<ProbeFailure> findings) {
        int status = 0;
        for (ProbeFailure f : findings) {
            status = Math.max(status, switch (f.grade()) {
                case FAIL -> 2;
                case WARN -> 1;
                case INFO -> 0;
            });
        }
        return status;
    }
}
