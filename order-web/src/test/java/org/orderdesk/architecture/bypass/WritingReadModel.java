package org.orderdesk.architecture.bypass;

import jakarta.persistence.EntityManager;
import org.orderdesk.platform.ReadModel;

/** A read model that writes: ArchitectureTest's rule must report it. */
@ReadModel
public class WritingReadModel {

    EntityManager em;

    void save(Object row) {
        em.persist(row);
    }
}
