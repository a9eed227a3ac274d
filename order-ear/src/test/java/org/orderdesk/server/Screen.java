package org.orderdesk.server;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The size of the browser's screen, set through the DevTools protocol. Phones are emulated WITHOUT Chromium's mobile
 * mode: in mobile mode a page wider than the screen widens the layout viewport (innerWidth) with it, so a sideways
 * scroll could never be seen. The pages set width=device-width, so their layout is the same either way. Phones get
 * overlay scrollbars (none that take room), as real phones have; the desktop keeps its classic scrollbar.
 */
public enum Screen {
    PHONE_360(360, 740, true),
    PHONE_390(390, 844, true),
    DESKTOP(1280, 900, false);

    public final int width;
    public final int height;
    public final boolean phone;

    Screen(int width, int height, boolean phone) {
        this.width = width;
        this.height = height;
        this.phone = phone;
    }

    public void applyTo(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        browser.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", phone));
    }

    @Override
    public String toString() {
        return width + "×" + height;
    }
}
