package org.smtpsentry.net.egress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smtpsentry.UserError;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads {@code nft -j list ruleset} (JSON, which the YAML 1.2 loader reads) and decides, for each SMTP port, whether
 * an output-hook chain drops it for everyone after exempting the MTA's user and the relays. Rules with conditions this
 * check does not model (conntrack state, marks, jumps) are passed over, so a ruleset built differently may be
 * reported as not in place: the check errs on the side of "look at it".
 */
final class RulesetCheck {
    private static final int MAX_JSON = 64 << 20;

    private enum Action { ACCEPT, DROP, NONE }

    private record Rule(Set<Integer> ports, Integer skuid, List<String> destinations, boolean loopback,
                        boolean otherConditions, Action action, boolean logs) {
    }

    private record Chain(String name, boolean outputHook, boolean policyDrop, List<Rule> rules) {
    }

    private RulesetCheck() {
    }

    static EgressCheck check(String json, EgressPolicy policy) {
        Map<String, Chain> chains = chains(json);
        List<EgressCheck.PortStatus> statuses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int port : policy.ports()) {
            EgressCheck.PortStatus status = new EgressCheck.PortStatus(port, false, null, false, false, false);
            for (Chain chain : chains.values()) {
                if (chain.outputHook()) {
                    EgressCheck.PortStatus s = evaluate(chain, port, policy);
                    if (s.dropped()) {
                        status = s;
                        break;
                    }
                }
            }
            statuses.add(status);
            if (!status.dropped()) {
                problems.add("port " + port + ": outbound connections are not dropped for other users");
                continue;
            }
            if (!status.mtaAllowed()) {
                problems.add("port " + port + ": the MTA's user " + policy.mtaUser() + " (uid " + policy.mtaUid()
                        + ") is not exempted in " + status.where() + ": its own deliveries would be dropped");
            }
            if (!status.relaysAllowed()) {
                problems.add("port " + port + ": the relay " + String.join(", ", policy.relays())
                        + " is not exempted in " + status.where());
            }
            if (!status.logged()) {
                problems.add("port " + port + ": the drops in " + status.where() + " are not logged");
            }
        }
        return new EgressCheck(statuses, problems);
    }

    private static EgressCheck.PortStatus evaluate(Chain chain, int port, EgressPolicy policy) {
        boolean logged = false;
        boolean mta = false;
        Set<String> relays = new HashSet<>();
        boolean dropped = false;
        for (Rule r : chain.rules()) {
            if ((r.ports() != null && !r.ports().contains(port)) || r.otherConditions()) {
                continue;
            }
            boolean everyone = r.skuid() == null && r.destinations().isEmpty() && !r.loopback();
            if (r.logs() && everyone) {
                logged = true;
            }
            if (r.action() == Action.ACCEPT) {
                if (everyone) {
                    break; // accepted for all: not dropped by this chain
                }
                if (r.skuid() != null && r.skuid() == policy.mtaUid() && r.destinations().isEmpty() && !r.loopback()) {
                    mta = true;
                }
                if (r.skuid() == null && !r.loopback()) {
                    relays.addAll(r.destinations());
                }
            } else if (r.action() == Action.DROP && everyone) {
                dropped = true;
                break;
            }
        }
        if (!dropped && chain.policyDrop()) {
            dropped = true;
        }
        return new EgressCheck.PortStatus(port, dropped, chain.name(), logged, mta,
                relays.containsAll(policy.relays()));
    }

    private static Map<String, Chain> chains(String json) {
        if (json.length() > MAX_JSON) {
            throw new UserError("nft -j list ruleset: more than " + MAX_JSON + " characters; nothing checked");
        }
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setCodePointLimit(MAX_JSON).build()).loadFromString(json);
        } catch (YamlEngineException e) {
            throw new UserError("nft -j list ruleset: the output is not JSON (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); nothing checked");
        }
        Map<String, Chain> chains = new LinkedHashMap<>();
        for (Object item : list(map(doc).get("nftables"))) {
            Map<?, ?> m = map(item);
            if (m.get("chain") instanceof Map<?, ?> c) {
                String key = c.get("family") + " " + c.get("table") + " " + c.get("name");
                chains.put(key, new Chain(key, "output".equals(c.get("hook")), "drop".equals(c.get("policy")),
                        new ArrayList<>()));
            } else if (m.get("rule") instanceof Map<?, ?> r) {
                Chain chain = chains.get(r.get("family") + " " + r.get("table") + " " + r.get("chain"));
                if (chain != null) {
                    chain.rules().add(rule(list(r.get("expr"))));
                }
            }
        }
        return chains;
    }

    private static Rule rule(List<?> expressions) {
        Set<Integer> ports = null;
        Integer skuid = null;
        List<String> destinations = new ArrayList<>();
        boolean loopback = false;
        boolean other = false;
        Action action = Action.NONE;
        boolean logs = false;
        for (Object e : expressions) {
            Map<?, ?> x = map(e);
            if (x.get("match") instanceof Map<?, ?> match) {
                Object left = match.get("left");
                Object right = match.get("right");
                boolean equals = "==".equals(match.get("op")) || "in".equals(match.get("op"));
                if (!equals) {
                    other = true;
                } else if (isPayload(left, "tcp", "dport") || isPayload(left, "th", "dport")) {
                    ports = ports(right);
                } else if (isMeta(left, "skuid") && right instanceof Integer uid) {
                    skuid = uid;
                } else if (isPayload(left, "ip", "daddr") || isPayload(left, "ip6", "daddr")) {
                    destinations.addAll(addresses(right));
                } else if ((isMeta(left, "oifname") || isMeta(left, "oif")) && "lo".equals(right)) {
                    loopback = true;
                } else if (!(isMeta(left, "l4proto") || isMeta(left, "nfproto") || isPayload(left, "ip", "protocol")
                        || isPayload(left, "ip6", "nexthdr"))) {
                    other = true;
                }
            } else if (x.containsKey("log")) {
                logs = true;
            } else if (x.containsKey("accept")) {
                action = Action.ACCEPT;
            } else if (x.containsKey("drop") || x.containsKey("reject")) {
                action = Action.DROP;
            } else if (x.containsKey("jump") || x.containsKey("goto") || x.containsKey("return")) {
                other = true;
            }
        }
        return new Rule(ports, skuid, destinations, loopback, other, action, logs);
    }

    private static boolean isPayload(Object left, String protocol, String field) {
        return left instanceof Map<?, ?> m && m.get("payload") instanceof Map<?, ?> p
                && protocol.equals(p.get("protocol")) && field.equals(p.get("field"));
    }

    private static boolean isMeta(Object left, String key) {
        return left instanceof Map<?, ?> m && m.get("meta") instanceof Map<?, ?> meta && key.equals(meta.get("key"));
    }

    private static Set<Integer> ports(Object right) {
        Set<Integer> ports = new HashSet<>();
        List<?> items = right instanceof Map<?, ?> m && m.get("set") instanceof List<?> set ? set : List.of(right);
        for (Object item : items) {
            if (item instanceof Integer p) {
                ports.add(p);
            } else if (item instanceof Map<?, ?> m && m.get("range") instanceof List<?> range && range.size() == 2
                    && range.get(0) instanceof Integer from && range.get(1) instanceof Integer to) {
                for (int p = from; p <= to && p <= 65535; p++) {
                    ports.add(p);
                }
            }
        }
        return ports;
    }

    private static List<String> addresses(Object right) {
        List<String> list = new ArrayList<>();
        List<?> items = right instanceof Map<?, ?> m && m.get("set") instanceof List<?> set ? set : List.of(right);
        for (Object item : items) {
            if (item instanceof String s) {
                list.add(canonical(s));
            } else if (item instanceof Map<?, ?> m && m.get("prefix") instanceof Map<?, ?> p) {
                list.add(canonical(p.get("addr") + "/" + p.get("len")));
            }
        }
        return list;
    }

    private static String canonical(String s) {
        String c = Relays.canonical(s);
        return c == null ? s : c;
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
