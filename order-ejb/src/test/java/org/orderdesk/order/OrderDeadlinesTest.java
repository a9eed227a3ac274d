package org.orderdesk.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The deadlines' timer runs at the same clock seconds on every instance, whatever interval is configured. */
class OrderDeadlinesTest {

    @Test
    void theDefaultRunsAtSecondZeroOfEveryMinute() {
        assertEquals("* * 0", fields(OrderDeadlines.everyInterval(Duration.ofMinutes(1))));
    }

    @Test
    void secondsThatDivideAMinuteRunAtTheSameSecondsEverywhere() {
        assertEquals("* * */5", fields(OrderDeadlines.everyInterval(Duration.ofSeconds(5))));
        assertEquals("* */15 0", fields(OrderDeadlines.everyInterval(Duration.ofMinutes(15))));
    }

    @Test
    void anIntervalTheClockCannotRepeatIsRefused() {
        for (Duration odd : new Duration[] {Duration.ofSeconds(7), Duration.ofSeconds(90), Duration.ofMillis(500),
                Duration.ZERO, Duration.ofMinutes(7), Duration.ofHours(2)}) {
            assertThrows(IllegalArgumentException.class, () -> OrderDeadlines.everyInterval(odd), odd.toString());
        }
    }

    private static String fields(ScheduleExpression expression) {
        return expression.getHour() + " " + expression.getMinute() + " " + expression.getSecond();
    }
}
