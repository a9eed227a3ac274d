package org.orderdesk.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PageNumberTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "999999, 999999"})
    void aPageNumberIsTakenAsItIs(String text, int page) {
        assertEquals(page, PageNumber.of(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "-3", "01", "1000000", "2.5", "two", " 2", "2147483648", "１"})
    void anEditedLinkShowsTheFirstPage(String text) {
        assertEquals(1, PageNumber.of(text));
    }
}
