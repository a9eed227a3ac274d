package org.orderdesk.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * An in-memory Derby database with the shop's schema (every changeset, as a server's first start applies them) and
 * the real persistence unit on it, for unit tests of what only a database shows: which statements it compiles, in
 * which order a query reads rows. Dropped by close.
 */
public final class MigratedDerby implements AutoCloseable {

    private final String url;
    private final Connection connection;
    private final EntityManagerFactory mapping;
    private final EntityManager em;

    public MigratedDerby(String name) throws Exception {
        url = "jdbc:derby:memory:" + name;
        connection = DriverManager.getConnection(url + ";create=true");
        SchemaMigration.migrate(connection);
        connection.commit();
        mapping = SchemaDrift.mapping(url, "", "");
        em = mapping.createEntityManager();
    }

    /** A connection of its own beside the persistence unit's, not in auto-commit. */
    public Connection connection() {
        return connection;
    }

    public EntityManager em() {
        return em;
    }

    /** What the container does for the bean's @PersistenceContext field. */
    public <T> T withEntityManager(T bean) {
        for (Field field : bean.getClass().getDeclaredFields()) {
            if (field.isAnnotationPresent(PersistenceContext.class)) {
                field.setAccessible(true);
                try {
                    field.set(bean, em);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return bean;
    }

    /** The work in a transaction of the persistence unit's, committed. */
    public <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        T result = work.get();
        em.getTransaction().commit();
        return result;
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() throws SQLException {
        em.close();
        mapping.close();
        connection.rollback();
        connection.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped database with an exception (08006).
        }
    }
}
