package org.smtpsentry.event;

import java.util.Objects;
import java.util.function.Function;

/**
 * Where a delivery attempt went and what it was told: the relay ("none" when no connection was made, "local" for
 * local delivery), the DSN (null when the log gives none) and the remote answer or the reason. A log reader gives
 * them at once, or a way to read them from the attempt's line when first asked: only a trace shows them, and reading
 * them from every delivery line of a Postfix log was 2 % of an analysis.
 */
public final class DeliveryReply {
    private final Origin line;
    private Function<String, DeliveryReply> reading;
    private String relay;
    private String dsn;
    private String response;

    private DeliveryReply(Origin line, Function<String, DeliveryReply> reading, String relay, String dsn,
                          String response) {
        this.line = line;
        this.reading = reading;
        this.relay = relay;
        this.dsn = dsn;
        this.response = response;
    }

    public static DeliveryReply of(String relay, String dsn, String response) {
        return new DeliveryReply(null, null, relay, dsn, response);
    }

    /** The reply that {@code reading} finds in the text of {@code line}, read when first asked. */
    public static DeliveryReply readLater(Origin line, Function<String, DeliveryReply> reading) {
        return new DeliveryReply(line, reading, null, null, null);
    }

    public String relay() {
        read();
        return relay;
    }

    public String dsn() {
        read();
        return dsn;
    }

    public String response() {
        read();
        return response;
    }

    private void read() {
        if (reading != null) {
            DeliveryReply read = reading.apply(line.text());
            relay = read.relay;
            dsn = read.dsn;
            response = read.response;
            reading = null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryReply other && relay().equals(other.relay()) && Objects.equals(dsn(), other.dsn())
                && response().equals(other.response());
    }

    @Override
    public int hashCode() {
        return Objects.hash(relay(), dsn(), response());
    }

    @Override
    public String toString() {
        return "relay=" + relay() + ", dsn=" + dsn() + ", response=" + response();
    }
}
