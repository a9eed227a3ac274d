package org.orderdesk.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Does for a unit test what the container does for a bean: puts each given part into the one injected field of
 * its type. The services keep their injected private fields, as the container fills them; a part that fits no
 * field, or fits two, and a field left empty fail the test at once, so a test never runs with a missing piece
 * that a new dependency would leave null.
 */
public final class Wiring {

    private Wiring() {
    }

    public static <T> T wire(T bean, Object... parts) {
        List<Field> fields = injectedFields(bean.getClass());
        List<Field> filled = new ArrayList<>();
        for (Object part : parts) {
            List<Field> fitting = fields.stream().filter(field -> fits(field, part)).toList();
            if (fitting.size() != 1) {
                throw new IllegalArgumentException(part.getClass().getSimpleName() + " fits " + fitting.size()
                        + " fields of " + bean.getClass().getSimpleName() + ": " + fitting);
            }
            set(bean, fitting.get(0), part);
            filled.add(fitting.get(0));
        }
        List<Field> empty = fields.stream().filter(field -> !filled.contains(field)).toList();
        if (!empty.isEmpty()) {
            throw new IllegalArgumentException(bean.getClass().getSimpleName() + " has nothing for " + empty);
        }
        return bean;
    }

    private static List<Field> injectedFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(Resource.class))
                .toList();
    }

    private static boolean fits(Field field, Object part) {
        return field.getType().isInstance(part);
    }

    private static void set(Object bean, Field field, Object part) {
        try {
            field.setAccessible(true);
            field.set(bean, part);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
