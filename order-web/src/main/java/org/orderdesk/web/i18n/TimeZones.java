package org.orderdesk.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The time zones a customer can choose: Russia's eleven, west to east, and UTC. A short list a person can
 * scan beats the six hundred ids the JDK knows.
 */
@Named
@ApplicationScoped
public class TimeZones {

    private static final List<String> CHOICES = List.of(
            "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
            "Asia/Novosibirsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan",
            "Asia/Kamchatka", "UTC");

    public List<String> getChoices() {
        return CHOICES;
    }
}
