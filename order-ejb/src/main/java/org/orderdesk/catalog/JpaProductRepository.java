package org.orderdesk.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.orderdesk.catalog.domain.Product;
import org.orderdesk.catalog.domain.ProductPicture;
import org.orderdesk.platform.LikePattern;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    @PersistenceContext(unitName = "orderdesk")
    private EntityManager em;

    @Override
    public List<Product> findAll() {
        return em.createQuery("""
                select p from Product p join fetch p.category c
                order by c.position, p.sku""", Product.class).getResultList();
    }

    @Override
    public List<Product> searchByName(String text) {
        return em.createQuery("""
                select p from Product p join fetch p.category c
                where lower(p.name.ru) like :pattern escape '\\' or lower(p.name.en) like :pattern escape '\\'
                order by c.position, p.sku""", Product.class)
                .setParameter("pattern", LikePattern.containing(text))
                .getResultList();
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return em.createQuery("select p from Product p join fetch p.category where p.sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Product> findBySkuForUpdate(String sku) {
        // Checkout locks its products one after the other, each one changed before the next is locked: flushing
        // before each lock (the default) wrote the earlier ones' stock early and worked out the whole transaction's
        // changes again each time. Nothing changed in the transaction alters which row a SKU names.
        return em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", sku)
                .setFlushMode(FlushModeType.COMMIT)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ProductPicture> findPicture(String sku) {
        return em.createQuery("select pp from ProductPicture pp where pp.product.sku = :sku", ProductPicture.class)
                .setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Product product, ProductPicture picture) {
        em.persist(product);
        em.persist(picture);
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
    }
}
