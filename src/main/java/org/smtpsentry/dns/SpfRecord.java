package org.smtpsentry.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One SPF record (RFC 7208) split into its terms: mechanisms with their qualifier and argument, and modifiers. Terms
 * that are not SPF are kept as {@code errors}.
 */
record SpfRecord(List<Term> terms, List<String> errors) {
    private static final Pattern MODIFIER = Pattern.compile("([a-zA-Z][a-zA-Z0-9._-]*)=(.*)");
    private static final Pattern IP4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}(/\\d{1,2})?");
    private static final Pattern IP6 = Pattern.compile("[0-9a-fA-F:.]+(/\\d{1,3})?");
    private static final Pattern DOMAIN_SPEC = Pattern.compile("[^\\s/]+");
    private static final Pattern CIDR = Pattern.compile("(/\\d{1,2})?(//\\d{1,3})?");

    /** A mechanism ("~all", "include:_spf.example.net") or a modifier ("redirect=..."); {@code qualifier} '+' if none. */
    record Term(char qualifier, String name, String argument, boolean modifier) {
        /** Whether evaluating the term costs a DNS lookup (RFC 7208 4.6.4). */
        boolean looksUp() {
            return modifier ? name.equals("redirect") : List.of("include", "a", "mx", "ptr", "exists").contains(name);
        }
    }

    SpfRecord {
        terms = List.copyOf(terms);
        errors = List.copyOf(errors);
    }

    static boolean isSpf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("v=spf1") || lower.startsWith("v=spf1 ");
    }

    static SpfRecord parse(String text) {
        List<Term> terms = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] parts = text.trim().split("\\s+");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            var modifier = MODIFIER.matcher(part);
            if (modifier.matches()) {
                String name = modifier.group(1).toLowerCase(Locale.ROOT);
                if ((name.equals("redirect") || name.equals("exp")) && !DOMAIN_SPEC.matcher(modifier.group(2))
                        .matches()) {
                    errors.add(part);
                } else {
                    terms.add(new Term('+', name, modifier.group(2), true));
                }
                continue;
            }
            char qualifier = '+';
            String body = part;
            if ("+-~?".indexOf(part.charAt(0)) >= 0) {
                qualifier = part.charAt(0);
                body = part.substring(1);
            }
            int colon = body.indexOf(':');
            int slash = body.indexOf('/');
            int end = colon >= 0 ? colon : slash >= 0 ? slash : body.length();
            String name = body.substring(0, end).toLowerCase(Locale.ROOT);
            String argument = colon >= 0 ? body.substring(colon + 1) : body.substring(end);
            if (valid(name, colon >= 0, argument)) {
                terms.add(new Term(qualifier, name, colon >= 0 ? argument : null, false));
            } else {
                errors.add(part);
            }
        }
        return new SpfRecord(terms, errors);
    }

    private static boolean valid(String name, boolean hasArgument, String argument) {
        return switch (name) {
            case "all" -> !hasArgument && argument.isEmpty();
            case "include", "exists" -> hasArgument && DOMAIN_SPEC.matcher(argument).matches();
            case "a", "mx" -> hasArgument ? argument.matches("[^\\s/]+(/\\d{1,2})?(//\\d{1,3})?")
                    : CIDR.matcher(argument).matches();
            case "ptr" -> !hasArgument ? argument.isEmpty() : DOMAIN_SPEC.matcher(argument).matches();
            case "ip4" -> hasArgument && IP4.matcher(argument).matches();
            case "ip6" -> hasArgument && argument.contains(":") && IP6.matcher(argument).matches();
            default -> false;
        };
    }

    Term all() {
        for (Term t : terms) {
            if (!t.modifier() && t.name().equals("all")) {
                return t;
            }
        }
        return null;
    }

    Term redirect() {
        for (Term t : terms) {
            if (t.modifier() && t.name().equals("redirect")) {
                return t;
            }
        }
        return null;
    }
}
