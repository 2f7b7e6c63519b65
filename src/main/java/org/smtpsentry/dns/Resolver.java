package org.smtpsentry.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.UserError;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;

/**
 * The DNS server the checks ask: the one given with {@code --resolver HOST[:PORT]} or the system's first. Each
 * question is one query with a timeout (UDP, TCP when the answer is truncated, which dnsjava does itself), never
 * cached, so that a test's loopback server sees every question. At most 200 records of an answer are kept.
 */
public final class Resolver {
    private static final int MAX_RECORDS = 200;
    private final InetSocketAddress server;
    private final Duration timeout;

    private Resolver(InetSocketAddress server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    /** {@code spec}: "127.0.0.1:5353", "[::1]:53", "192.0.2.53"; null for the system's resolver. */
    public static Resolver of(String spec, Duration timeout) {
        if (spec == null) {
            List<InetSocketAddress> servers = ResolverConfig.getCurrentConfig().servers();
            if (servers.isEmpty()) {
                throw new UserError("/etc/resolv.conf: no nameserver; give one with --resolver HOST[:PORT]; nothing"
                        + " looked up");
            }
            return new Resolver(servers.get(0), timeout);
        }
        String host = spec;
        int port = 53;
        int colon = spec.lastIndexOf(':');
        if (spec.startsWith("[")) {
            int close = spec.indexOf(']');
            host = spec.substring(1, Math.max(1, close));
            if (close > 0 && close + 1 < spec.length() && spec.charAt(close + 1) == ':') {
                port = port(spec, spec.substring(close + 2));
            }
        } else if (colon > 0 && spec.indexOf(':') == colon) {
            host = spec.substring(0, colon);
            port = port(spec, spec.substring(colon + 1));
        }
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new UserError("--resolver: \"" + spec + "\" is not an IP address (e.g. 127.0.0.1:5353); nothing"
                    + " looked up");
        }
        return new Resolver(new InetSocketAddress(host, port), timeout);
    }

    private static int port(String spec, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65_536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("--resolver: \"" + spec + "\": bad port \"" + text + "\"; nothing looked up");
    }

    /** Where questions go, e.g. "127.0.0.1:5353". */
    public String address() {
        return server.getAddress().getHostAddress() + ":" + server.getPort();
    }

    DnsAnswer query(String name, int type) {
        Name qname;
        try {
            qname = Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            return DnsAnswer.failed("\"" + name + "\" is not a DNS name");
        }
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(timeout);
        Message response;
        try {
            response = resolver.send(Message.newQuery(Record.newRecord(qname, type, DClass.IN)));
        } catch (IOException e) {
            return DnsAnswer.failed("no answer from " + address() + " ("
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")");
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return new DnsAnswer(DnsAnswer.Status.NO_SUCH_NAME, List.of(), null);
        }
        if (rcode != Rcode.NOERROR) {
            return DnsAnswer.failed(address() + " answered " + Rcode.string(rcode));
        }
        List<Record> records = new ArrayList<>();
        for (Record r : response.getSection(Section.ANSWER)) {
            if (r.getType() == type && records.size() < MAX_RECORDS) {
                records.add(r);
            }
        }
        return new DnsAnswer(DnsAnswer.Status.FOUND, records, null);
    }
}
