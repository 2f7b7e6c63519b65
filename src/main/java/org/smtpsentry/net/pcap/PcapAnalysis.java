package org.smtpsentry.net.pcap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.smtpsentry.text.Numbers;

/**
 * Reads capture files (pcap or pcapng, gzip'd or not) one after the other, following SMTP connections across them
 * (a rotated capture continues the same connections), and builds the per-host report.
 */
public final class PcapAnalysis {
    private static final int MAX_CREDENTIALS = 1000;

    private final Organisation organisation;
    private final Oddities oddities = new Oddities();
    private final Flows flows;
    private final Decoder decoder;
    private final Map<Address, HostActivity> hosts = new HashMap<>();
    private final List<Credential> credentials = new ArrayList<>();
    private final List<PcapReport.CaptureRead> captures = new ArrayList<>();
    private long sessions;
    /** Where the last file's reading stopped: for a gzip'd capture, the decompressed bytes read. */
    private long lastOffset;
    private long externalClientSessions;

    public PcapAnalysis(Organisation organisation, SmtpPorts ports) {
        this.organisation = organisation;
        this.flows = new Flows(this::finished, oddities);
        this.decoder = new Decoder(flows, ports, oddities);
    }

    /**
     * Reads one capture. A file that cannot be opened is an {@link IOException}; a damaged one is read up to the
     * damage, which the returned record names.
     */
    public PcapReport.CaptureRead read(Path file) throws IOException {
        String name = file.toString();
        oddities.startFile(name);
        CaptureReader.Counter packets = new CaptureReader.Counter();
        boolean gzip = startsWithGzipMagic(file);
        ByteWindow window = gzip
                ? new StreamWindow(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                        1 << 16))
                : new MappedWindow(file);
        String damage;
        try (window) {
            damage = readAll(window, packets);
            if (gzip && ((StreamWindow) window).streamCut()) {
                damage = (damage == null ? "" : damage + "; ") + "the gzip file is cut short";
            }
        } catch (IOException e) {
            damage = (gzip ? "gzip data unreadable after " : "read error after ") + Numbers.count(packets.count)
                    + " packets: " + e.getMessage();
        }
        long bytes = gzip ? lastOffset : Files.size(file);
        PcapReport.CaptureRead read = new PcapReport.CaptureRead(name, packets.count, bytes,
                damage == null ? null : name + ": " + damage + "; " + Numbers.count(packets.count) + " packets read");
        captures.add(read);
        return read;
    }

    private String readAll(ByteWindow window, CaptureReader.Counter packets) throws IOException {
        try {
            if (!window.ensure(4)) {
                return window.available() == 0 ? "empty file" : "too short for a capture ("
                        + window.available() + " bytes)";
            }
            int magic = window.buffer().getInt(window.position());
            CaptureReader reader = magic == PcapNg.SECTION_HEADER ? new PcapNg() : ClassicPcap.forMagic(magic);
            if (reader == null) {
                return String.format("not a pcap or pcapng capture (it starts with 0x%08x)", magic);
            }
            Damage damage = reader.read(window, decoder, packets);
            return damage == null ? null : damage.what();
        } finally {
            lastOffset = window.offset();
        }
    }

    private static boolean startsWithGzipMagic(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(2);
            while (b.hasRemaining() && c.read(b) >= 0) {
                // read the first two bytes, if any
            }
            return b.position() == 2 && (b.get(0) & 0xff) == 0x1f && (b.get(1) & 0xff) == 0x8b;
        }
    }

    private void finished(Session s) {
        sessions++;
        for (Credential c : s.credentials) {
            if (credentials.size() < MAX_CREDENTIALS) {
                credentials.add(c);
            }
        }
        if (!organisation.isInternal(s.client)) {
            externalClientSessions++;
            return;
        }
        hosts.computeIfAbsent(s.client, HostActivity::new).add(s, organisation.isRelay(s.server));
    }

    /** Ends the connections still open and returns the report of everything read. */
    public PcapReport report() {
        flows.endAll();
        List<PcapReport.Host> list = hosts.values().stream().map(HostActivity::summary)
                .sorted(HostActivity.MOST_DIRECT_FIRST).toList();
        return new PcapReport(captures, list, credentials, sessions, externalClientSessions, oddities.tallies(),
                organisation.relayNames(), organisation.relaysGiven());
    }
}
