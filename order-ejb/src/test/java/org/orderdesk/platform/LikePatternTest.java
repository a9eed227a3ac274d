package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsTypedByAUserAreMatchedLiterally() {
        assertEquals("%50\\%\\_off\\\\%", LikePattern.containing("50%_OFF\\"));
    }

    @Test
    void plainTextIsFoundAnywhereIgnoringCase() {
        assertEquals("%чайник%", LikePattern.containing("Чайник"));
    }
}
