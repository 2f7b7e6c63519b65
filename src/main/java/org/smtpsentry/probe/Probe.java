package org.smtpsentry.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.smtpsentry.verdict.ProbeFailure;

/**
 * {@code smtpsentry probe}: tests each port of a server as an attacker would, one port after the other (the
 * brute-force test must not run beside the others), and collects the findings.
 */
public final class Probe {
    private final ProbeSettings settings;
    private final InstantSource clock;

    public Probe(ProbeSettings settings, InstantSource clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The checks that run after the survey, in order: the brute-force test last, since it may get us banned. */
    private static List<Check> checks() {
        return List.of(new BannerCheck(), new CapabilityCheck(), new TlsCheck(), new TlsVersionCheck(),
                new VrfyCheck(), new ClearAuthCheck(), new RelayCheck(), new SenderOwnershipCheck(),
                new BruteForceCheck());
    }

    public ProbeReport run() {
        CertificateTrust trust = CertificateTrust.load(settings.caFile());
        List<PortResult> ports = new ArrayList<>();
        List<ProbeFailure> findings = new ArrayList<>();
        boolean sourceJudged = false;
        for (int number : settings.ports()) {
            PortProbe port = new PortProbe(settings, number, trust, clock);
            Survey survey;
            try {
                survey = Survey.take(port);
            } catch (Unreachable e) {
                port.findings().info("connect", e.getMessage(), port.transcript().since(0));
                ports.add(result(port, false, e.getMessage()));
                findings.addAll(port.findings().list());
                continue;
            } catch (IOException e) {
                port.findings().trouble("survey", e, port.transcript().since(0));
                ports.add(result(port, true, e.getMessage()));
                findings.addAll(port.findings().list());
                continue;
            }
            port.survey(survey);
            if (!sourceJudged) {
                sourceJudged = true;
                TrustedSource.judge(port.findings(), survey.localAddress(), server(), settings.source() != null,
                        survey.greetingEvidence());
            }
            for (Check check : survey.greeted() ? checks() : List.<Check>of(new BannerCheck())) {
                int mark = port.transcript().mark();
                try {
                    check.run(port);
                } catch (IOException e) {
                    port.findings().trouble(check.name(), e, port.transcript().since(mark));
                }
            }
            ports.add(result(port, true, null));
            findings.addAll(port.findings().list());
        }
        return new ProbeReport(settings.host(), ports, findings);
    }

    private InetAddress server() {
        try {
            return InetAddress.getByName(settings.host());
        } catch (IOException e) {
            return InetAddress.getLoopbackAddress();
        }
    }

    private static PortResult result(PortProbe port, boolean reached, String problem) {
        return new PortResult(port.endpoint().port(), port.endpoint().implicitTls(), reached, problem,
                port.transcript().lines());
    }
}
