package org.smtpsentry.dns;

/**
 * What a blacklist's A answer means: {@code 127.0.0.4} is "XBL: ..."; an {@code error} code means the list refused
 * to answer this resolver (it says nothing about the address looked up).
 */
public record ReturnCode(String address, String meaning, boolean error) {
}
