package org.smtpsentry.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;
import org.smtpsentry.logs.LogInput;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * How the commands that read mail logs (analyze, trace) read them: the format and the zone of bare timestamps. A
 * mixin for commands declared by annotations; {@link #declare} and {@link #of} for one declared by code.
 */
final class LogReadingOptions {
    private static final String FORMAT = "The logs' format, when detection fails.";
    private static final String TIMEZONE = "Zone of timestamps without one, and of the times printed (default: the"
            + " system's).";

    @Option(names = "--format", paramLabel = "NAME", description = FORMAT)
    String format;

    @Option(names = "--timezone", paramLabel = "ZONE", description = TIMEZONE)
    String timezone;

    /** Adds these options to a command declared by code. */
    static void declare(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--format").paramLabel("NAME").type(String.class).description(FORMAT)
                .build());
        spec.addOption(OptionSpec.builder("--timezone").paramLabel("ZONE").type(String.class).description(TIMEZONE)
                .build());
    }

    /** These options as parsed for a command declared by code. */
    static LogReadingOptions of(CommandSpec spec) {
        LogReadingOptions o = new LogReadingOptions();
        o.format = spec.findOption("--format").getValue();
        o.timezone = spec.findOption("--timezone").getValue();
        return o;
    }

    /**
     * Starts loading the system's zone on another core, to be ready when {@link #zone()} asks for it: the JDK reads
     * its time-zone database twice on the way (~30 ms), while picocli is still building the command's model.
     */
    static void loadZoneEarly() {
        Thread.ofPlatform().daemon().name("zone").start(() -> {
            try {
                ZoneId.systemDefault();
            } catch (RuntimeException e) {
                // zone() asks again on the main thread, where a failure is reported as it should be
            }
        });
    }

    ZoneId zone() {
        if (timezone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(timezone);
        } catch (RuntimeException e) {
            throw new UserError("--timezone " + timezone + ": not a time zone (e.g. Europe/Berlin, UTC, +01:00)");
        }
    }

    /** The named logs as inputs; a missing or unreadable one fails here, before anything is read. */
    static List<LogInput> inputs(List<String> logs) {
        Instant now = Instant.now();
        List<LogInput> inputs = new ArrayList<>();
        for (String log : logs) {
            inputs.add(LogInput.of(log, now));
        }
        return inputs;
    }
}
