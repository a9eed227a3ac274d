package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Closes what a fresh Payara domain opens beyond the shop, in its domain.xml before the first start (so no
 * restart is needed): the admin listener and Hazelcast's DAS port listen on 127.0.0.1 only; the HTTPS listener,
 * JMX (8686, no credentials by default), the three IIOP listeners (3700, 3820, 3920) and the JMS broker (7676)
 * are switched off, since the application uses none of them (local EJBs, no JMS, no remote clients). Checked by
 * ServerExposureIT against the test domain, which is made the same way.
 */
final class LoopbackOnly {

    static final String LOOPBACK = "127.0.0.1";
    private static final String SERVER = "/domain/configs/config[@name='server-config']";
    /** The configuration new instances copy. */
    private static final String DEFAULT = "/domain/configs/config[@name='default-config']";

    private final Document domain;

    private LoopbackOnly(Document domain) {
        this.domain = domain;
    }

    /** @param shopAddress the shop listener's address, or empty to leave it on every interface */
    static void apply(Path domainXml, Optional<String> shopAddress) {
        LoopbackOnly config = new LoopbackOnly(parse(domainXml));
        config.close(SERVER, shopAddress);
        config.set("/domain/hazelcast-runtime-configuration", "das-bind-address", LOOPBACK);
        config.write(domainXml);
    }

    /**
     * The same for the instances of a local cluster, which copy default-config, and the whole data grid on
     * loopback with an explicit port for the DAS's member: left to choose, the instances bound Hazelcast to the
     * machine's address, never found the DAS on 127.0.0.1 and each formed a grid of one (no session survived an
     * instance); left at its default (4900) whatever the port base, two clusters on one machine would join.
     */
    static void applyToInstances(Path domainXml, String shopAddress, int dasDataGridPort) {
        LoopbackOnly config = new LoopbackOnly(parse(domainXml));
        config.close(DEFAULT, Optional.of(shopAddress));
        String grid = "/domain/hazelcast-runtime-configuration";
        config.set(grid, "das-port", Integer.toString(dasDataGridPort));
        config.set(grid, "start-port", Integer.toString(dasDataGridPort + 1));
        config.set(grid, "das-public-address", LOOPBACK);
        config.set(grid, "interface", LOOPBACK);
        config.write(domainXml);
    }

    private void close(String configPath, Optional<String> shopAddress) {
        set(configPath + "/network-config/network-listeners/network-listener[@name='admin-listener']",
                "address", LOOPBACK);
        shopAddress.ifPresent(address -> set(
                configPath + "/network-config/network-listeners/network-listener[@name='http-listener-1']",
                "address", address));
        set(configPath + "/network-config/network-listeners/network-listener[@name='http-listener-2']",
                "enabled", "false");
        // Off, and on loopback should a later Payara ignore "enabled" for them.
        for (String path : List.of(configPath + "/admin-service/jmx-connector",
                configPath + "/iiop-service/iiop-listener")) {
            set(path, "enabled", "false");
            set(path, "address", LOOPBACK);
        }
        disableJms(configPath);
    }

    /**
     * A fresh domain's server-config has no jms-service yet (Payara adds the embedded broker's on first start):
     * it gets a copy of default-config's, switched off.
     */
    private void disableJms(String configPath) {
        if (select(configPath + "/jms-service").getLength() == 0) {
            Element template = (Element) select("/domain/configs/config[@name='default-config']/jms-service").item(0);
            if (template == null) {
                throw new IllegalStateException("No jms-service in domain.xml to copy");
            }
            select(configPath).item(0).appendChild(template.cloneNode(true));
        }
        set(configPath + "/jms-service", "type", "DISABLED");
    }

    /** Every element the path names gets the attribute; a path that names none means Payara changed its layout. */
    private void set(String path, String attribute, String value) {
        NodeList elements = select(path);
        if (elements.getLength() == 0) {
            throw new IllegalStateException("No " + path + " in domain.xml");
        }
        for (int i = 0; i < elements.getLength(); i++) {
            ((Element) elements.item(i)).setAttribute(attribute, value);
        }
    }

    private NodeList select(String path) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, domain, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path file) {
        try {
            TransformerFactory.newInstance().newTransformer()
                    .transform(new DOMSource(domain), new StreamResult(file.toFile()));
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
    }
}
