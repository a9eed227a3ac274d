package org.orderdesk.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.orderdesk.mail.SmtpClient;

/** Asks the database (through the persistence unit, whatever data source it uses) and the SMTP server to answer. */
@Stateless
@ReadModel
@PermitAll
public class HealthProbe {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Resource(lookup = SmtpClient.MAIL_SESSION)
    private Session mailSession;

    public boolean databaseAnswers() {
        try {
            em.createQuery("select count(c) from Category c").getSingleResult();
            return true;
        } catch (PersistenceException e) {
            return false;
        }
    }

    public boolean mailServerAnswers() {
        try (Transport transport = mailSession.getTransport()) {
            transport.connect();
            return transport.isConnected();
        } catch (MessagingException e) {
            return false;
        }
    }
}
