package org.smtpsentry.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h, --help} and {@code -V, --version} for a command declared by code, as picocli's
 * {@code mixinStandardHelpOptions} gives an annotated one (which it declares by annotations, read at every run).
 */
final class HelpOptions {
    private HelpOptions() {
    }

    static void declare(CommandSpec spec) {
        spec.versionProvider(new Version());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }
}
