package org.smtpsentry.dns;

/** Exit status of the DNS commands when nothing could be asked at all, as probe's "could not connect". */
final class ProbeExit {
    static final int UNREACHABLE = 3;

    private ProbeExit() {
    }
}
