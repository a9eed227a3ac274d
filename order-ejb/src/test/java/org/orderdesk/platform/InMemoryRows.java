package org.orderdesk.platform;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rows of one table, kept in memory for the in-memory repositories. Added entities get an id as the database
 * would give one (their {@code id} field, if they have one and it is empty), so ports that find by id work too.
 */
public class InMemoryRows<T> {

    private final List<T> rows = new ArrayList<>();
    private long lastId;

    protected void insert(T row) {
        assignId(row);
        rows.add(row);
    }

    protected void delete(T row) {
        rows.remove(row);
    }

    protected Stream<T> rows() {
        return rows.stream();
    }

    protected Optional<T> first(Predicate<T> condition) {
        return rows().filter(condition).findFirst();
    }

    protected long count(Predicate<T> condition) {
        return rows().filter(condition).count();
    }

    /** A column the entity keeps to itself (a token's hash), read as the database would. */
    protected static Object column(Object entity, String field) {
        try {
            Field column = entity.getClass().getDeclaredField(field);
            column.setAccessible(true);
            return column.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assignId(T row) {
        for (Class<?> type = row.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field id = type.getDeclaredField("id");
                id.setAccessible(true);
                if (id.get(row) == null && id.getType() == Long.class) {
                    id.set(row, ++lastId);
                }
                return;
            } catch (NoSuchFieldException e) {
                // the id may be declared by a superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
