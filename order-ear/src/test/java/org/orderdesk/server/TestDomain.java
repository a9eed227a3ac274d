package org.orderdesk.server;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs before the integration tests (Maven phase pre-integration-test): a fresh test domain whose ports all sit
 * above it.portbase, and a GreenMail for the tests that lives as long as the Maven build. Arquillian starts and
 * stops the domain itself.
 */
public final class TestDomain {

    public static final String NAME = "orderdesk-it";

    private TestDomain() {
    }

    public static void main(String[] args) {
        LocalPayara payara = new LocalPayara(Path.of(System.getProperty("payara.home")), NAME,
                Integer.getInteger("it.admin.port"));
        payara.recreate(List.of("--portbase", System.getProperty("it.portbase")),
                Path.of(System.getProperty("domain.lib")));

        MailCatcher mail = new MailCatcher(Path.of(System.getProperty("greenmail.jar")),
                Integer.getInteger("it.smtp.port"), Integer.getInteger("it.imap.port"),
                Integer.getInteger("it.mailapi.port"));
        mail.start(payara.domainDirectory().resolveSibling(NAME + "-greenmail.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "greenmail-stop"));
    }
}
