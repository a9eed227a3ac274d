package org.orderdesk.web.admin;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.orderdesk.order.OrderStatistics.DayCount;
import org.orderdesk.web.admin.ConsoleHome.Bar;

/** Lays out one bar per day in a 700 × 200 SVG drawing: the busiest day is 150 units high. */
final class BarChart {

    static final int WIDTH = 700;
    static final int BASELINE = 170;
    static final int MAX_HEIGHT = 150;

    private BarChart() {
    }

    static List<Bar> of(List<DayCount> days, DateTimeFormatter labels) {
        long busiest = Math.max(1, days.stream().mapToLong(DayCount::orders).max().orElse(0));
        int slot = WIDTH / days.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            int height = (int) Math.round((double) day.orders() * MAX_HEIGHT / busiest);
            bars.add(new Bar(labels.format(day.day()), day.orders(), i * slot + slot / 2, BASELINE - height, height));
        }
        return bars;
    }
}
