package org.orderdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
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
import org.w3c.dom.Node;
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

    /**
     * Sets the attribute on the configuration's child element of that name, adding the element when the fresh
     * domain has none yet (Payara writes some, such as microprofile-config, only at the first start).
     */
    void setOnChild(String configPath, String child, String attribute, String value) {
        if (select(configPath + "/" + child).getLength() == 0) {
            single(configPath).appendChild(domain.createElement(child));
        }
        set(configPath + "/" + child, attribute, value);
    }

    /** Adds a JVM option to the configuration's java-config, read when a server of that configuration starts. */
    void addJvmOption(String configPath, String option) {
        Element jvmOption = domain.createElement("jvm-options");
        jvmOption.setTextContent(option);
        single(configPath + "/java-config").appendChild(jvmOption);
    }

    /**
     * Turns the EJB timer service's persistent store off (timer service "None") in the configurations. The
     * application's timers are all non-persistent: each instance drains the outbox and expires orders on its own
     * timer, made safe across instances by row claims. With the default store ("Database", an H2 file), every start
     * deployed and started the store's own application first (2–5 s), which serves nothing here. A fresh domain's
     * server-config has no ejb-container yet (Payara adds it on the first start): it gets default-config's.
     */
    void withoutTimerStore(List<String> configPaths) {
        for (String configPath : configPaths) {
            copyFromDefaultIfMissing(configPath, "ejb-container");
            set(configPath + "/ejb-container/ejb-timer-service", "ejb-timer-service", "None");
        }
    }

    /** The resource and its pool for the DAS ("server"), as create-jdbc-connection-pool and -resource write them. */
    void addJdbcResource(JdbcResource resource) {
        Node resources = single("/domain/resources");
        Element pool = domain.createElement("jdbc-connection-pool");
        pool.setAttribute("datasource-classname", resource.dataSourceClass());
        pool.setAttribute("name", resource.poolName());
        pool.setAttribute("res-type", "javax.sql.DataSource");
        resource.properties().forEach((name, value) -> {
            Element property = domain.createElement("property");
            property.setAttribute("name", name);
            property.setAttribute("value", value);
            pool.appendChild(property);
        });
        resources.appendChild(pool);
        Element jdbcResource = domain.createElement("jdbc-resource");
        jdbcResource.setAttribute("pool-name", resource.poolName());
        jdbcResource.setAttribute("jndi-name", resource.jndiName());
        resources.appendChild(jdbcResource);
        Element reference = domain.createElement("resource-ref");
        reference.setAttribute("ref", resource.jndiName());
        single("/domain/servers/server[@name='server']").appendChild(reference);
    }

    void write() {
        try {
            TransformerFactory.newInstance().newTransformer()
                    .transform(new DOMSource(domain), new StreamResult(file.toFile()));
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
    }

    private Node single(String path) {
        NodeList elements = select(path);
        if (elements.getLength() != 1) {
            throw new IllegalStateException("No single " + path + " in domain.xml");
        }
        return elements.item(0);
    }

    private NodeList select(String path) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, domain, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
