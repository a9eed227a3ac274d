package org.orderdesk.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.orderdesk.catalog.domain.Category;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public List<Category> findAll() {
        return em.createQuery("select c from Category c order by c.position", Category.class).getResultList();
    }

    @Override
    public Optional<Category> findByCode(String code) {
        return em.createQuery("select c from Category c where c.code = :code", Category.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Category category) {
        em.persist(category);
    }
}
