package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final Logger log = Logger.getLogger(PasswordHasher.class.getName());
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler keeper = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(entry);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void keepWarnings() {
        log.addHandler(keeper);
    }

    @AfterEach
    void stopKeeping() {
        log.removeHandler(keeper);
    }

    @Test
    void owaspsFigureIsTheDefaultAndNeedsNoWarning() {
        PasswordHasher.checkIterations(PasswordHasher.RECOMMENDED_ITERATIONS);

        assertEquals(210_000, PasswordHasher.RECOMMENDED_ITERATIONS);
        assertEquals(List.of(), warnings);
    }

    @Test
    void fewerIterationsAreTakenWithAWarningThatNamesTheSetting() {
        PasswordHasher.checkIterations(1_000);

        assertEquals(1, warnings.size());
        String warning = warnings.get(0).getMessage();
        assertTrue(warning.contains("1000") && warning.contains("orderdesk.password.iterations"), warning);
    }

    @Test
    void fewerThanNistsFloorAreRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PasswordHasher.checkIterations(999));

        assertTrue(refused.getMessage().contains("orderdesk.password.iterations"), refused.getMessage());
    }
}
