package org.orderdesk.server;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.orderdesk.security.domain.Roles;

/**
 * Lends tests the identity timers run as: the EJBs the work calls see the run-as principal of the system role,
 * mapped in the application's payara-web.xml. Exists only in test deployments.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
public class SystemIdentity {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
