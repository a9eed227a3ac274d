package org.orderdesk.server;

import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * Runs the test classes that deploy the EAR as built before those that deploy it with the tests
 * (Deployments.builtEarWithTests), each group in the order of the classes' names, so that KeptDeploymentContainer
 * deploys each archive once instead of at every change between the two; the classes on the failover test's
 * cluster last, which starts beside the others at low priority (ClusterAhead). Set in junit-platform.properties.
 */
public class DeploymentsInTurn implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(DeploymentsInTurn::usesTheCluster)
                .thenComparing(DeploymentsInTurn::deploysTheTests)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static boolean usesTheCluster(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(Tag.class).stream()
                .anyMatch(tag -> tag.value().equals(ClusterAhead.TAG));
    }

    private static boolean deploysTheTests(ClassDescriptor descriptor) {
        return Arrays.stream(descriptor.getTestClass().getDeclaredMethods())
                .map(method -> method.getAnnotation(Deployment.class))
                .anyMatch(deployment -> deployment != null && deployment.testable());
    }
}
