package org.smtpsentry.text;

/**
 * ANSI colours for terminal reports: on only when printing to a terminal and NO_COLOR is unset
 * (https://no-color.org), or when forced with --color.
 */
public final class Palette {
    public static final Palette PLAIN = new Palette(false);
    public static final Palette ANSI = new Palette(true);

    private final boolean on;

    private Palette(boolean on) {
        this.on = on;
    }

    /** The palette for standard output, honouring NO_COLOR and whether it is a terminal. */
    public static Palette forStdout() {
        String noColor = System.getenv("NO_COLOR");
        boolean wanted = (noColor == null || noColor.isEmpty()) && Terminal.stdoutIsTty();
        return wanted ? ANSI : PLAIN;
    }

    public boolean enabled() {
        return on;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    private String wrap(String code, String s) {
        return on ? "\033[" + code + "m" + s + "\033[0m" : s;
    }
}
