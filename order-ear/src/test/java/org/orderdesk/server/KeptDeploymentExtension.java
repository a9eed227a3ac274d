package org.orderdesk.server;

import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts KeptDeploymentContainer in the place of Payara's managed container (META-INF/services). */
public class KeptDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraManagedDeployableContainer.class,
                KeptDeploymentContainer.class);
    }
}
