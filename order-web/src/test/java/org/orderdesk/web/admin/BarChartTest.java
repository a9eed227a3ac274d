package org.orderdesk.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orderdesk.order.OrderStatistics.DayCount;
import org.orderdesk.web.admin.ConsoleHome.Bar;

class BarChartTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.MM");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void theBusiestDayIsFullHeightAndTheOthersInProportionStandingOnTheBaseline() {
        List<Bar> bars = BarChart.of(List.of(new DayCount(MONDAY, 40), new DayCount(MONDAY.plusDays(1), 10)), DAY);

        assertEquals(BarChart.MAX_HEIGHT, bars.get(0).height());
        assertEquals(BarChart.BASELINE - BarChart.MAX_HEIGHT, bars.get(0).y());
        assertEquals(38, bars.get(1).height());
        assertEquals(BarChart.BASELINE, bars.get(1).y() + bars.get(1).height());
        assertEquals("30.11", bars.get(0).label());
        assertEquals(40, bars.get(0).count());
    }

    @Test
    void eachDayIsCentredInItsShareOfTheWidth() {
        List<Bar> bars = BarChart.of(List.of(new DayCount(MONDAY, 1), new DayCount(MONDAY.plusDays(1), 1)), DAY);

        assertEquals(BarChart.WIDTH / 4, bars.get(0).x());
        assertEquals(BarChart.WIDTH * 3 / 4, bars.get(1).x());
    }

    @Test
    void daysWithoutOrdersDrawNoBarAndDoNotDivideByZero() {
        List<Bar> bars = BarChart.of(List.of(new DayCount(MONDAY, 0), new DayCount(MONDAY.plusDays(1), 0)), DAY);

        assertEquals(List.of(0, 0), bars.stream().map(Bar::height).toList());
    }
}
