package org.smtpsentry.audit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpsentry.cli.Main;

/** The terminal and JSON reports of the audit commands, against golden files. */
class ReportGoldenTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        return out.toString().replace(dir.toString(), "DIR");
    }

    @Test
    void configReports() throws Exception {
        Path weak = Files.createDirectories(dir.resolve("weak"));
        Files.writeString(weak.resolve("main.cf"), """
                compatibility_level = 3.6
                smtpd_banner = $myhostname ESMTP $mail_name
                mynetworks = 10.0.0.0/8
                smtpd_sasl_auth_enable = yes
                smtpd_tls_security_level = may
                """);
        Files.writeString(weak.resolve("master.cf"), "smtp inet n - y - - smtpd\n");
        GoldenFiles.check("config-weak.txt", run("audit", "config", "--config-dir", weak.toString(),
                "--files-only"));
        GoldenFiles.check("config-weak.json", run("audit", "config", "--config-dir", weak.toString(),
                "--files-only", "--json"));
    }

    @Test
    void passwordAndPolicyReports() throws Exception {
        Path users = Files.writeString(dir.resolve("users"), """
                anna@example.org:{PLAIN}Anna123::::::
                bob@example.org:{SHA256.HEX}0000000000000000000000000000000000000000000000000000000000000000::::::
                carl@example.org:{NTLM}abc::::::
                """);
        String json = run("audit", "passwords", "--passwd-file", users.toString(), "--threads", "1", "--json");
        GoldenFiles.check("passwords.json", json.replaceAll("\"elapsed_ms\": \\d+", "\"elapsed_ms\": 0")
                .replaceAll("\"per_second_per_thread\": \\d+", "\"per_second_per_thread\": 0"));
        Path yml = Files.writeString(dir.resolve("smtpsentry.yml"), "audit:\n  policy:\n    min-length: 12\n");
        GoldenFiles.check("policy.txt", run("audit", "policy", "--passwd-file", users.toString(), "--config",
                yml.toString()));
        GoldenFiles.check("policy.json", run("audit", "policy", "--passwd-file", users.toString(), "--config",
                yml.toString(), "--json"));
    }
}
