package org.smtpsentry.event.trail;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smtpsentry.event.DeliveryStatus;
import org.smtpsentry.event.Mailbox;

/**
 * The latest delivery status of each recipient of one message. Most messages have one or two recipients: they are
 * kept in two short arrays and found by a scan, with no hash of the address made and no map allocated per message (a
 * message's first attempt to a recipient, the commonest question, compares nothing). From {@link #FEW} recipients on,
 * a map, which keeps at most {@code most}.
 */
final class RecipientStatuses {
    static final int FEW = 8;

    private final int most;
    private Mailbox[] recipients = new Mailbox[2];
    private DeliveryStatus[] statuses = new DeliveryStatus[2];
    private int count;
    private Map<Mailbox, DeliveryStatus> many;

    RecipientStatuses(int most) {
        this.most = most;
    }

    /** The latest status of {@code recipient}, or null when no attempt was logged for it yet. */
    DeliveryStatus of(Mailbox recipient) {
        if (many != null) {
            return many.get(recipient);
        }
        int i = indexOf(recipient);
        return i < 0 ? null : statuses[i];
    }

    /** Notes an attempt's status; a recipient beyond the {@code most} kept is not noted. */
    void note(Mailbox recipient, DeliveryStatus status) {
        if (many != null) {
            if (many.size() < most || many.containsKey(recipient)) {
                many.put(recipient, status);
            }
            return;
        }
        int i = indexOf(recipient);
        if (i >= 0) {
            statuses[i] = status;
        } else if (count < FEW) {
            if (count == recipients.length) {
                recipients = Arrays.copyOf(recipients, count * 2);
                statuses = Arrays.copyOf(statuses, count * 2);
            }
            recipients[count] = recipient;
            statuses[count++] = status;
        } else {
            many = new HashMap<>(asMap());
            recipients = null;
            statuses = null;
            note(recipient, status);
        }
    }

    /** Every recipient kept, with its latest status. */
    Map<Mailbox, DeliveryStatus> asMap() {
        if (many != null) {
            return Collections.unmodifiableMap(many);
        }
        Map<Mailbox, DeliveryStatus> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            map.put(recipients[i], statuses[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    private int indexOf(Mailbox recipient) {
        for (int i = 0; i < count; i++) {
            if (recipients[i] == recipient || recipients[i].equals(recipient)) {
                return i;
            }
        }
        return -1;
    }
}
