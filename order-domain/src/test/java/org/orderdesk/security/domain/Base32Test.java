package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    /** RFC 4648, section 10, without the padding otpauth URIs leave off. */
    @ParameterizedTest
    @CsvSource({"f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void encodesTheRfc4648TestVectors(String text, String base32) {
        assertEquals(base32, Base32.encode(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @CsvSource({"f,MY======", "fo,MZXQ====", "foo,MZXW6===", "foob,MZXW6YQ=", "fooba,MZXW6YTB",
            "foobar,MZXW6YTBOI======", "foobar,mzxw 6ytb oi"})
    void decodesThemWithOrWithoutPaddingSpacesAndCase(String text, String base32) {
        assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), Base32.decode(base32));
    }

    @Test
    void theRfc6238KeyRoundTrips() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(key));
        assertArrayEquals(key, Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    }
}
