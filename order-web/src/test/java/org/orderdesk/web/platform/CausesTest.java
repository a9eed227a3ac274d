package org.orderdesk.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void findsWhatWasThrownInsideTheContainersWrappers() {
        IllegalStateException thrown = new IllegalStateException("refused");

        Optional<IllegalStateException> found = Causes.find(
                new FacesException(new EJBException(new RuntimeException(thrown))), IllegalStateException.class);

        assertSame(thrown, found.orElseThrow());
    }

    @Test
    void findsNothingWhenNoCauseIsOfThatType() {
        assertEquals(Optional.empty(), Causes.find(new FacesException(new RuntimeException()),
                IllegalArgumentException.class));
    }
}
