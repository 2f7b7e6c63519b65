package org.smtpsentry.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: stack traces for errors. Main reads the flag before parsing; this mixin documents it. */
final class DebugOption {
    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;
}
