package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every EJB says who may call it, so that the container checks the caller whoever the client is: a bean (or a
 * business method) without @RolesAllowed, @PermitAll or @DenyAll would be open to anybody, and nobody would notice.
 */
class CallerChecksTest {

    @Test
    void everyBusinessMethodOfEveryEjbNamesWhoMayCallIt() throws Exception {
        List<Class<?>> beans = ejbs();
        List<String> open = beans.stream().flatMap(CallerChecksTest::openMethods).toList();

        assertTrue(beans.size() > 20, beans.size() + " EJBs found: the scan looks in the wrong place");
        assertEquals(List.of(), open);
    }

    private static Stream<String> openMethods(Class<?> bean) {
        if (namesCallers(bean)) {
            return Stream.empty();
        }
        return Arrays.stream(bean.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .filter(method -> !namesCallers(method))
                .map(Method::toGenericString);
    }

    private static boolean namesCallers(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** The session beans among the module's own compiled classes. */
    private static List<Class<?>> ejbs() throws IOException, URISyntaxException {
        Path classes = Path.of(HealthProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(CallerChecksTest::load)
                    .filter(type -> type.isAnnotationPresent(Stateless.class)
                            || type.isAnnotationPresent(Singleton.class) || type.isAnnotationPresent(Stateful.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CallerChecksTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
