package org.orderdesk.architecture.bypass;

import jakarta.persistence.EntityManager;

/** Reads the database past every repository: ArchitectureTest's rule must report it. */
public class QueryingPage {

    EntityManager em;

    long products() {
        return em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
    }
}
