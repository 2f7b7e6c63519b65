package org.smtpsentry.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** {@code --debug}: stack traces for errors. Main reads the flag before parsing; this mixin documents it. */
final class DebugOption {
    private static final String DESCRIPTION = "Print stack traces of errors.";

    @Option(names = "--debug", description = DESCRIPTION)
    boolean debug;

    /** Adds the option to a command declared by code. */
    static void declare(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--debug").type(boolean.class).description(DESCRIPTION).build());
    }
}
