package org.orderdesk.order.domain;

import java.util.function.Function;

/**
 * Why an order was cancelled: a reason picked from the list, with the customer's comment if they wrote one, or
 * words alone (an operator's, or a reason stored before reasons had codes). Words are kept exactly as typed.
 */
public record CancellationReason(CancelReason code, String words) {

    public CancellationReason {
        words = words == null || words.isBlank() ? null : words.strip();
        if (code == null && words == null) {
            throw new IllegalArgumentException("A cancellation needs a reason");
        }
        if (code != null && code.needsComment() && words == null) {
            throw new IllegalArgumentException(code + " needs a comment");
        }
        if (words != null && words.length() > StatusChange.MAX_REASON) {
            throw new IllegalArgumentException("A reason of more than " + StatusChange.MAX_REASON + " characters");
        }
    }

    /** A reason from the list; the comment may be empty unless the reason needs one. */
    public static CancellationReason picked(CancelReason code, String comment) {
        if (code == null || !code.isPickable()) {
            throw new IllegalArgumentException("No reason picked from the list");
        }
        return new CancellationReason(code, comment);
    }

    public static CancellationReason inWords(String words) {
        return new CancellationReason(null, words);
    }

    /** The reason as a reader sees it: the picked reason in their language (the label), then the words. */
    public String describe(Function<CancelReason, String> label) {
        if (code == null) {
            return words;
        }
        return words == null ? label.apply(code) : label.apply(code) + ": " + words;
    }
}
