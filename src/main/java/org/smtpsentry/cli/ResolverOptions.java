package org.smtpsentry.cli;

import java.time.Duration;
import org.smtpsentry.UserError;
import org.smtpsentry.dns.Resolver;
import picocli.CommandLine.Option;

/** {@code --resolver} and {@code --dns-timeout}: the DNS server `dns` and `dnsbl` ask, and how long they wait. */
final class ResolverOptions {
    @Option(names = "--resolver", paramLabel = "IP[:PORT]", description = "DNS server to ask (default: the"
            + " system's first nameserver).")
    String resolver;

    @Option(names = "--dns-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Time allowed per DNS query (default: ${DEFAULT-VALUE}).")
    int dnsTimeout;

    /** The resolver asked; a user error when the timeout or the address is not usable. */
    Resolver resolver() {
        if (dnsTimeout < 1) {
            throw new UserError("--dns-timeout: give at least 1 second; nothing looked up");
        }
        return Resolver.of(resolver, Duration.ofSeconds(dnsTimeout));
    }
}
