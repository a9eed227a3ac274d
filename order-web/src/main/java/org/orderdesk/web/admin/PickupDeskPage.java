package org.orderdesk.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.orderdesk.order.DeskLookup;
import org.orderdesk.order.DeskOrder;
import org.orderdesk.order.OrderActionRefusedException;
import org.orderdesk.order.PickupDeskService;
import org.orderdesk.pickup.PickupPoint;
import org.orderdesk.pickup.PickupPointService;
import org.orderdesk.web.platform.FacesMessages;
import org.orderdesk.web.platform.PerRequest;

/**
 * The pickup desk: the operator chooses their point once, then enters or scans a customer's code and hands over
 * what waits here under it. View-scoped: the orders found stay with the page until they are handed over.
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
    private String code;
    private String lookedUpCode;
    private DeskLookup lookup;

    /** The point this operator serves; the page asks several times, the database once per request. */
    public Optional<PickupPoint> getPoint() {
        return PerRequest.get(PickupDeskPage.class, () -> desk.pointOf());
    }

    public List<PickupPoint> getPoints() {
        return points.all();
    }

    public String serve() {
        if (pointCode == null || pointCode.isBlank()) {
            FacesMessages.error("point:pointCode", "desk.choosePoint");
            return null;
        }
        desk.serve(pointCode);
        return "/admin/pickup-desk?faces-redirect=true";
    }

    public String find() {
        if (code == null || code.isBlank()) {
            FacesMessages.error("code:code", "desk.enterCode");
            return null;
        }
        lookedUpCode = code.strip();
        lookup = desk.lookUp(lookedUpCode);
        code = null;
        return null;
    }

    public String handOver(String orderNumber) {
        try {
            desk.handOver(orderNumber, lookedUpCode);
        } catch (OrderActionRefusedException refused) {
            lookup = null;
            FacesMessages.error(null, "desk.handOverRefused", orderNumber);
            return null;
        }
        FacesMessages.infoAfterRedirect("desk.handedOver", orderNumber);
        return "/admin/pickup-desk?faces-redirect=true";
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
