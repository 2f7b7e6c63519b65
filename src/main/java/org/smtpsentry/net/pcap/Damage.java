package org.smtpsentry.net.pcap;

/** Why reading a capture stopped early: a cut or malformed file, named as an operator would check it. */
record Damage(String what) {
}
