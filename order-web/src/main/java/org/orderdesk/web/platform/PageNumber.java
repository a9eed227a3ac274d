package org.orderdesk.web.platform;

/** The page number from a list's URL; anything that is not a sensible page number (an edited link) means page 1. */
public final class PageNumber {

    private PageNumber() {
    }

    public static int of(String text) {
        return text != null && text.matches("[1-9]\\d{0,5}") ? Integer.parseInt(text) : 1;
    }
}
