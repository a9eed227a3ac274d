package org.orderdesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.orderdesk.catalog.CatalogService;
import org.orderdesk.customer.CustomerService;
import org.orderdesk.mail.MailHealth;
import org.orderdesk.mail.MailLog;
import org.orderdesk.order.OrderStatistics;
import org.orderdesk.order.OrderStatistics.DayCount;
import org.orderdesk.order.domain.OrderStatus;
import org.orderdesk.support.SupportDesk;
import org.orderdesk.web.i18n.Formats;
import org.orderdesk.web.i18n.LanguageSelection;

/**
 * The console's dashboard: orders per day for two weeks as a bar chart, orders per status, orders whose storage
 * ends today, the mail queue and the support queue. Each number links to the list behind it.
 */
@Named
@RequestScoped
public class ConsoleHome {

    static final int DAYS = 14;
    static final int REFUSAL_DAYS = 7;

    @Inject
    private CatalogService catalog;

    @Inject
    private CustomerService customers;

    @Inject
    private OrderStatistics statistics;

    @Inject
    private MailLog mailLog;

    @Inject
    private SupportDesk supportDesk;

    @Inject
    private Formats formats;

    @Inject
    private LanguageSelection language;

    @Inject
    private Clock clock;

    private List<Bar> chart;
    private List<DayUnits> refusedUnits;
    private Map<OrderStatus, Long> statusCounts;
    private MailHealth mailHealth;

    public long getProductCount() {
        return catalog.productCount();
    }

    public long getCustomerCount() {
        return customers.count();
    }

    private ZoneId zone() {
        return ZoneId.of(formats.getZoneId());
    }

    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The last two weeks as bars of an SVG chart (drawn on the server: the page runs no script). */
    public List<Bar> getChart() {
        if (chart == null) {
            List<DayCount> days = statistics.ordersPerDay(getToday(), zone(), DAYS);
            chart = BarChart.of(days, DateTimeFormatter.ofPattern("d.MM", language.getLocale()));
        }
        return chart;
    }

    /** Units refused at the pickup desks on each of the last seven days, newest (today) first. */
    public List<DayUnits> getRefusedUnits() {
        if (refusedUnits == null) {
            List<DayCount> oldestFirst = statistics.refusedUnitsPerDay(getToday(), zone(), REFUSAL_DAYS);
            DateTimeFormatter labels = DateTimeFormatter.ofPattern("d.MM", language.getLocale());
            refusedUnits = IntStream.range(0, oldestFirst.size())
                    .mapToObj(i -> oldestFirst.get(oldestFirst.size() - 1 - i))
                    .map(day -> new DayUnits(day.day().equals(getToday()) ? null : labels.format(day.day()),
                            day.orders()))
                    .toList();
        }
        return refusedUnits;
    }

    public long getOrdersInChart() {
        return getChart().stream().mapToLong(Bar::count).sum();
    }

    public Map<OrderStatus, Long> getStatusCounts() {
        if (statusCounts == null) {
            statusCounts = statistics.countsByStatus();
        }
        return statusCounts;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public long getStorageEndingToday() {
        return statistics.storageEndingOn(getToday(), zone());
    }

    public MailHealth getMailHealth() {
        if (mailHealth == null) {
            mailHealth = mailLog.health();
        }
        return mailHealth;
    }

    public long getWaitingTickets() {
        return supportDesk.queue(1).total();
    }

    /** Units refused on a day; the label is null for today, which the page names in words. */
    public record DayUnits(String label, long units) {
    }

    /** One day's bar, in the chart's own coordinates. */
    public record Bar(String label, long count, int x, int y, int height) {
    }
}
