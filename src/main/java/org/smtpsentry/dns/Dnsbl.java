package org.smtpsentry.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.smtpsentry.UserError;
import org.smtpsentry.verdict.Evidence;
import org.smtpsentry.verdict.ProbeFailure;
import org.smtpsentry.verdict.ProbeFailure.Grade;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Type;

/**
 * {@code smtpsentry dnsbl IP|HOST}: asks every configured blacklist about the address (or the host's addresses, and
 * the host name on domain lists), all at once on virtual threads, and fetches the TXT reason of each listing.
 */
public final class Dnsbl {
    private final Resolver resolver;
    private final List<Blacklist> lists;

    public Dnsbl(Resolver resolver, List<Blacklist> lists) {
        this.resolver = resolver;
        this.lists = List.copyOf(lists);
    }

    public DnsblReport check(String target) {
        List<String> addresses = addresses(target);
        List<Future<Listing>> pending = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Blacklist list : lists) {
                if (list.kind() == Blacklist.Kind.IP) {
                    for (String address : addresses) {
                        pending.add(pool.submit(() -> ask(list, address, reversed(address))));
                    }
                } else if (!isAddress(target)) {
                    pending.add(pool.submit(() -> ask(list, target, target)));
                }
            }
            List<Listing> listings = new ArrayList<>();
            for (Future<Listing> f : pending) {
                listings.add(f.get());
            }
            return new DnsblReport(target, addresses, listings, findings(listings));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(target + ": interrupted; nothing reported", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Listing ask(Blacklist list, String subject, String key) {
        String name = key + "." + list.zone();
        DnsAnswer a = resolver.query(name, Type.A);
        return switch (a.status()) {
            case NO_SUCH_NAME -> new Listing(subject, list.zone(), Listing.Status.CLEAN, List.of(), null);
            case FAILED -> new Listing(subject, list.zone(), Listing.Status.ERROR, List.of(), a.problem());
            case FOUND -> {
                if (a.records().isEmpty()) {
                    yield new Listing(subject, list.zone(), Listing.Status.CLEAN, List.of(), null);
                }
                List<ReturnCode> codes = new ArrayList<>();
                for (Record r : a.records()) {
                    codes.add(list.meaning(((ARecord) r).getAddress().getHostAddress()));
                }
                boolean error = codes.stream().allMatch(ReturnCode::error);
                String reason = error ? null : String.join(" ", Txt.texts(resolver.query(name, Type.TXT)));
                yield new Listing(subject, list.zone(), error ? Listing.Status.ERROR : Listing.Status.LISTED, codes,
                        reason == null || reason.isEmpty() ? null : reason);
            }
        };
    }

    private static List<ProbeFailure> findings(List<Listing> listings) {
        List<ProbeFailure> findings = new ArrayList<>();
        for (Listing l : listings) {
            String meanings = String.join("; ", l.codes().stream().map(c -> c.address() + " " + c.meaning())
                    .toList());
            switch (l.status()) {
                case LISTED -> findings.add(new ProbeFailure(l.subject(), "dnsbl", Grade.FAIL,
                        "listed in " + l.zone() + ": " + meanings + (l.reason() != null ? " (" + l.reason() + ")" : ""),
                        "find and stop the cause (smtpsentry analyze on the mail log), then ask " + l.zone()
                                + " for removal", Evidence.NONE));
                case ERROR -> findings.add(new ProbeFailure(l.subject(), "dnsbl", Grade.WARN,
                        l.zone() + " gave no usable answer: " + (meanings.isEmpty() ? l.reason() : meanings),
                        "ask through your own resolver (not a public one such as 8.8.8.8), or with the list's"
                                + " registered access (Spamhaus DQS key)", Evidence.NONE));
                case CLEAN -> findings.add(new ProbeFailure(l.subject(), "dnsbl", Grade.INFO,
                        "not listed in " + l.zone(), "", Evidence.NONE));
            }
        }
        return findings;
    }

    private List<String> addresses(String target) {
        if (isAddress(target)) {
            return List.of(target);
        }
        List<String> addresses = new ArrayList<>();
        for (int type : new int[] {Type.A, Type.AAAA}) {
            for (Record r : resolver.query(target, type).records()) {
                addresses.add(switch (r) {
                    case ARecord a -> a.getAddress().getHostAddress();
                    case AAAARecord a -> a.getAddress().getHostAddress();
                    default -> throw new IllegalStateException("not an address record: " + r);
                });
            }
        }
        if (addresses.isEmpty()) {
            throw new UserError(target + ": no A or AAAA record (asked " + resolver.address() + "); give an IP"
                    + " address or a host name that resolves; nothing looked up", ProbeExit.UNREACHABLE, null);
        }
        return addresses;
    }

    static boolean isAddress(String s) {
        return s.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || (s.contains(":") && s.matches("[0-9a-fA-F:.]+"));
    }

    /** "192.0.2.1" -> "1.2.0.192"; an IPv6 address -> its 32 reversed nibbles. */
    static String reversed(String address) {
        try {
            String name = ReverseMap.fromAddress(InetAddress.getByName(address)).toString();
            return name.replaceFirst("\\.(in-addr|ip6)\\.arpa\\.$", "");
        } catch (UnknownHostException e) {
            throw new UserError("\"" + address + "\" is not an IP address; nothing looked up", e);
        }
    }
}
