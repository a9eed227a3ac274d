package org.orderdesk.security;

/** An operator as the console lists them: whether a second factor is enrolled, never anything of it. */
public record OperatorRow(String email, String displayName, boolean enrolled) {
}
