package org.orderdesk.security;

/** An account's stored password hash, read without the account (PasswordHasher.pepperPlainHashes). */
public record StoredPasswordHash(long accountId, String hash) {}
