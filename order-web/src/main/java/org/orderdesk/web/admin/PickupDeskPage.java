package org.orderdesk.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.orderdesk.order.DeskLookup;
import org.orderdesk.order.DeskOrder;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.PickupDeskService;
import org.orderdesk.order.domain.OrderNumber;
import org.orderdesk.order.domain.PickupCode;
import org.orderdesk.order.domain.PickupSettlement;
import org.orderdesk.order.domain.Refusal;
import org.orderdesk.order.domain.RefusalReason;
import org.orderdesk.pickup.PickupPointService;
import org.orderdesk.pickup.PickupPointView;

/**
 * The pickup desk: the operator chooses their point once, then enters or scans a customer's code and hands over
 * what waits here under it, less the units the customer refuses at the counter. View-scoped: the orders found,
 * the refusals marked and the amount worked out stay with the page until the order is handed over.
 */
@Named
@ViewScoped
public class PickupDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PickupDeskService desk;

    @Inject
    private PickupPointService points;

    private String pointCode;
    private PickupCode code;
    private PickupCode lookedUpCode;
    private DeskLookup lookup;
    private final Map<String, Integer> refusedUnits = new HashMap<>();
    private final Map<String, String> refusalReasons = new HashMap<>();
    private final Set<String> missingReasons = new HashSet<>();
    private final Map<OrderNumber, PickupSettlement> settlements = new HashMap<>();

    /** The point this operator serves; the page asks several times, the database once per request. */
    public Optional<PickupPointView> getPoint() {
        return Faces.getContextAttribute(PickupDeskPage.class.getName(), () -> desk.pointOf());
    }

    public List<PickupPointView> getPoints() {
        return points.all();
    }

    public String serve() {
        if (pointCode == null || pointCode.isBlank()) {
            Messages.addError("point:pointCode", "desk.choosePoint");
            return null;
        }
        desk.serve(pointCode);
        return "/admin/pickup-desk?faces-redirect=true";
    }

    public String find() {
        if (code == null) {
            Messages.addError("code:code", "desk.enterCode");
            return null;
        }
        lookedUpCode = code;
        lookup = desk.lookUp(lookedUpCode);
        refusedUnits.clear();
        refusalReasons.clear();
        missingReasons.clear();
        settlements.clear();
        code = null;
        return null;
    }

    /** Works out what the customer pays, or gets back, for what they take; shown big before they pay. */
    public String settle(OrderNumber orderNumber) {
        Optional<List<Refusal>> marked = refusalsOf(orderNumber);
        if (marked.isEmpty()) {
            return null;
        }
        try {
            settlements.put(orderNumber, desk.settle(orderNumber, lookedUpCode, marked.get()));
        } catch (OrderActionRefusedException refused) {
            return refusedHandOver(orderNumber);
        }
        return null;
    }

    public String handOver(OrderNumber orderNumber) {
        Optional<List<Refusal>> marked = refusalsOf(orderNumber);
        if (marked.isEmpty()) {
            return null;
        }
        try {
            desk.handOver(orderNumber, lookedUpCode, marked.get());
        } catch (OrderActionRefusedException refused) {
            return refusedHandOver(orderNumber);
        }
        Messages.addFlashGlobalInfo("desk.handedOver", orderNumber);
        return "/admin/pickup-desk?faces-redirect=true";
    }

    private String refusedHandOver(OrderNumber orderNumber) {
        lookup = null;
        Messages.addError(null, "desk.handOverRefused", orderNumber);
        return null;
    }

    /** The units marked refused on the order's lines, each with its reason; empty (and said so) if one lacks it. */
    private Optional<List<Refusal>> refusalsOf(OrderNumber orderNumber) {
        DeskOrder order = getFound().stream().filter(found -> found.number().equals(orderNumber)).findFirst()
                .orElseThrow();
        List<Refusal> refusals = new ArrayList<>();
        missingReasons.clear();
        for (int line = 0; line < order.items().size(); line++) {
            String key = lineKey(orderNumber, line);
            int units = refusedUnits.getOrDefault(key, 0);
            String reason = refusalReasons.get(key);
            if (units > 0 && (reason == null || reason.isBlank())) {
                missingReasons.add(key);
            } else if (units > 0) {
                refusals.add(new Refusal(line, units, RefusalReason.valueOf(reason)));
            }
        }
        if (!missingReasons.isEmpty()) {
            Messages.addError(null, "desk.refusalReasonsMissing");
            return Optional.empty();
        }
        return Optional.of(refusals);
    }

    /** Whether the line's refused units lack a reason: the page says so next to its reason field. */
    public boolean isReasonMissing(String lineKey) {
        return missingReasons.contains(lineKey);
    }

    /** The key of an order line's refusal fields: the order's number and the line's position in it. */
    public String lineKey(OrderNumber orderNumber, int line) {
        return orderNumber + "/" + line;
    }

    /** Choices for the refused units of a line: none up to all of them. */
    public List<Integer> unitsUpTo(int quantity) {
        return IntStream.rangeClosed(0, quantity).boxed().toList();
    }

    public RefusalReason[] getRefusalReasons() {
        return RefusalReason.values();
    }

    public Map<String, Integer> getRefusedUnits() {
        return refusedUnits;
    }

    public Map<String, String> getRefusalReason() {
        return refusalReasons;
    }

    /** The settlement last worked out for the order, or null before the operator asked. */
    public PickupSettlement settlementOf(OrderNumber orderNumber) {
        return settlements.get(orderNumber);
    }

    public DeskLookup getLookup() {
        return lookup;
    }

    public List<DeskOrder> getFound() {
        return lookup == null ? List.of() : lookup.orders();
    }

    public Instant getPausedUntil() {
        return lookup == null ? null : lookup.pausedUntil();
    }

    public String getPointCode() {
        return pointCode;
    }

    public void setPointCode(String pointCode) {
        this.pointCode = pointCode;
    }

    public PickupCode getCode() {
        return code;
    }

    public void setCode(PickupCode code) {
        this.code = code;
    }
}
