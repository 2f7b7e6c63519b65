package org.smtpsentry.probe;

import java.util.List;

/**
 * One way of asking a server to relay: a sender and a recipient outside the server, in one of the address forms
 * that old or misconfigured servers mistake for local ones (percent hack, source routes, quoted local parts, bang
 * paths, the server's own IP literal, the empty sender). The forms are those relay testers such as nmap's
 * smtp-open-relay try; the addresses are the probe's own.
 */
record RelayForm(String name, String mailFrom, String rcptTo) {
    static final String RECIPIENT = "smtpsentry-relay-test";
    static final String SENDER = "smtpsentry-probe";

    /**
     * The forms for relay-test domain {@code domain}, server IP {@code ip} and server name {@code server}.
     * {@code mailFrom} and {@code rcptTo} are the whole command arguments, brackets included.
     */
    static List<RelayForm> all(String domain, String ip, String server) {
        String target = RECIPIENT + "@" + domain;
        String ipSender = "<" + SENDER + "@[" + ip + "]>";
        return List.of(
                new RelayForm("empty sender", "<>", "<" + target + ">"),
                new RelayForm("foreign sender", "<" + SENDER + "@" + domain + ">", "<" + target + ">"),
                new RelayForm("sender in the server's domain", "<" + SENDER + "@" + server + ">", "<" + target + ">"),
                new RelayForm("sender at the server's IP literal", ipSender, "<" + target + ">"),
                new RelayForm("recipient without angle brackets", ipSender, target),
                new RelayForm("percent hack at the IP literal", ipSender, "<" + RECIPIENT + "%" + domain + "@[" + ip + "]>"),
                new RelayForm("percent hack at the server name", ipSender, "<" + RECIPIENT + "%" + domain + "@" + server + ">"),
                new RelayForm("quoted recipient", ipSender, "<\"" + target + "\">"),
                new RelayForm("quoted percent hack", ipSender, "<\"" + RECIPIENT + "%" + domain + "\">"),
                new RelayForm("double @ at the IP literal", ipSender, "<" + target + "@[" + ip + "]>"),
                new RelayForm("quoted local part at the IP literal", ipSender, "<\"" + target + "\"@[" + ip + "]>"),
                new RelayForm("double @ at the server name", ipSender, "<" + target + "@" + server + ">"),
                new RelayForm("source route through the IP literal", ipSender, "<@[" + ip + "]:" + target + ">"),
                new RelayForm("source route through the server name", ipSender, "<@" + server + ":" + target + ">"),
                new RelayForm("bang path", ipSender, "<" + domain + "!" + RECIPIENT + ">"),
                new RelayForm("bang path at the IP literal", ipSender, "<" + domain + "!" + RECIPIENT + "@[" + ip + "]>"),
                new RelayForm("bang path at the server name", ipSender, "<" + domain + "!" + RECIPIENT + "@" + server + ">"));
    }
}
