package org.smtpsentry.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.smtpsentry.UserError;
import org.smtpsentry.audit.policy.PasswordPolicy;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code audit.policy} from smtpsentry.yml into a {@link PasswordPolicy}. Other sections belong to other
 * commands and are not looked at. Errors name the file and line in Postfix's manner and stop the command.
 */
public final class PolicySettings {
    private static final List<String> KEYS = List.of("min-length", "min-digits", "min-non-alphanumerics",
            "min-letters", "min-upper-case", "not-containing-user-name", "max-age");
    private static final long MAX_FILE = 1024 * 1024;

    private PolicySettings() {
    }

    /** The policy of {@code file}; the default policy when the file has no audit.policy section. */
    public static PasswordPolicy load(Path file) {
        String name = file.getFileName().toString();
        Node root;
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new UserError(name + ": larger than 1 MiB; is this the right file? not started");
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                root = new Compose(LoadSettings.builder().setLabel(name).build()).composeReader(r).orElse(null);
            }
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage() + "; check the path; not started", e);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new UserError(name + ", line " + line + ": not valid YAML: " + e.getProblem()
                    + "; fix the file; not started", e);
        } catch (YamlEngineException e) {
            throw new UserError(name + ": not valid YAML: " + e.getMessage() + "; fix the file; not started", e);
        }
        Optional<Node> policy = child(name, root, "audit").flatMap(a -> child(name, a, "policy"));
        if (policy.isEmpty()) {
            return PasswordPolicy.DEFAULT;
        }
        MappingNode map = mapping(name, policy.get(), "audit.policy");
        PasswordPolicy d = PasswordPolicy.DEFAULT;
        int minLength = d.minLength();
        int minDigits = d.minDigits();
        int minOther = d.minNonAlphanumerics();
        int minLetters = d.minLetters();
        int minUpper = d.minUpperCase();
        boolean notName = d.notContainingUserName();
        Duration maxAge = d.maxAge();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(name, t.getKeyNode(), "audit.policy key");
            String where = "audit.policy." + key;
            Node v = t.getValueNode();
            switch (key) {
                case "min-length" -> minLength = count(name, v, where);
                case "min-digits" -> minDigits = count(name, v, where);
                case "min-non-alphanumerics" -> minOther = count(name, v, where);
                case "min-letters" -> minLetters = count(name, v, where);
                case "min-upper-case" -> minUpper = count(name, v, where);
                case "not-containing-user-name" -> notName = bool(name, v, where);
                case "max-age" -> maxAge = age(name, v, where);
                default -> throw error(name, t.getKeyNode(), where + ": unknown setting (known: "
                        + String.join(", ", KEYS) + ")");
            }
        }
        return new PasswordPolicy(minLength, minDigits, minOther, minLetters, minUpper, notName, maxAge);
    }

    private static Optional<Node> child(String name, Node node, String key) {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof MappingNode map)) {
            throw error(name, node, (key.equals("audit") ? "the file" : "audit") + ": is not a mapping");
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return Optional.of(t.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static MappingNode mapping(String name, Node node, String where) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(name, node, where + ": is not a mapping of settings (e.g. \"min-length: 12\")");
    }

    private static String scalar(String name, Node node, String where) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(name, node, where + ": is not a single value");
    }

    private static int count(String name, Node node, String where) {
        String v = scalar(name, node, where);
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0 || n > 1024) {
                throw error(name, node, where + ": " + v + " is out of range (0 to 1024)");
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(name, node, where + ": \"" + v + "\" is not a number");
        }
    }

    private static boolean bool(String name, Node node, String where) {
        String v = scalar(name, node, where).strip();
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(name, node, where + ": \"" + v + "\" is not true or false");
        };
    }

    private static Duration age(String name, Node node, String where) {
        String v = scalar(name, node, where);
        try {
            return DurationText.parse(v);
        } catch (IllegalArgumentException e) {
            throw error(name, node, where + ": \"" + v + "\" is not a duration (e.g. \"365d\")");
        }
    }

    private static UserError error(String name, Node node, String what) {
        int line = node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
        return new UserError(name + ", line " + line + ": " + what + "; not started");
    }
}
