package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * A stopped domain's domain.xml, edited in place. Settings made here are read at the first start; the same
 * settings made through asadmin on a running domain restart the listeners they touch, one restart per attribute
 * and on threads of their own, and such restarts racing each other once left the shop's listener unbound (the
 * server up, its port refusing connections).
 */
final class DomainXml {

    static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";
    /** The configuration new instances and copied configurations start from. */
    static final String DEFAULT_CONFIG = "/domain/configs/config[@name='default-config']";

    private final Path file;
    private final Document domain;

    private DomainXml(Path file, Document domain) {
        this.file = file;
        this.domain = domain;
    }

    static DomainXml read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new DomainXml(file, factory.newDocumentBuilder().parse(file.toFile()));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every element the path names gets the attribute; a path that names none means Payara changed its layout. */
    void set(String path, String attribute, String value) {
        NodeList elements = select(path);
        if (elements.getLength() == 0) {
            throw new IllegalStateException("No " + path + " in domain.xml");
        }
        for (int i = 0; i < elements.getLength(); i++) {
            ((Element) elements.item(i)).setAttribute(attribute, value);
        }
    }

    /** Gives the configuration a copy of default-config's child element of that name when it has none. */
    void copyFromDefaultIfMissing(String configPath, String child) {
        if (select(configPath + "/" + child).getLength() == 0) {
            Element template = (Element) select(DEFAULT_CONFIG + "/" + child).item(0);
            if (template == null) {
                throw new IllegalStateException("No " + child + " in domain.xml to copy");
            }
            select(configPath).item(0).appendChild(template.cloneNode(true));
        }
    }

    /** Adds a JVM option to the configuration's java-config, read when a server of that configuration starts. */
    void addJvmOption(String configPath, String option) {
        NodeList javaConfig = select(configPath + "/java-config");
        if (javaConfig.getLength() != 1) {
            throw new IllegalStateException("No single " + configPath + "/java-config in domain.xml");
        }
        Element jvmOption = domain.createElement("jvm-options");
        jvmOption.setTextContent(option);
        javaConfig.item(0).appendChild(jvmOption);
    }

    void write() {
        try {
            TransformerFactory.newInstance().newTransformer()
                    .transform(new DOMSource(domain), new StreamResult(file.toFile()));
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
    }

    private NodeList select(String path) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, domain, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
