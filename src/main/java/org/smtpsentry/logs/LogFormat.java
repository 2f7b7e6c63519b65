package org.smtpsentry.logs;

import java.util.List;

/**
 * A kind of mail log: the extension point for new MTAs. An implementation lives in its own sub-package of
 * {@code logs} and is registered once, in {@link LogFormats}.
 */
public interface LogFormat {

    /** The name used with {@code --format} and in reports, e.g. "syslog", "exim". */
    String name();

    /** One line for {@code --help}: what files this format reads. */
    String description();

    /** Whether the first lines of an input (up to 50, blank ones left out) look like this format. */
    boolean recognizes(List<String> head);

    /** A decoder for one input. */
    LineDecoder decoder(LogSource source);

    /** What one input's events pass through in order after decoding in parallel, or null when nothing. */
    default InOrder inOrder() {
        return null;
    }
}
