package org.smtpsentry.verdict;

import java.time.Instant;

/** When something was first seen, when a rule flagged it, and when it was last seen (event time). */
public record Span(Instant first, Instant flagged, Instant last) {
}
