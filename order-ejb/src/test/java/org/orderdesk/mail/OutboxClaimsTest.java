package org.orderdesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OutboxClaimsTest {

    @Test
    void aShortBatchIsPaddedWithItsLastIdSoThatEverySizeIsOneQuery() {
        List<Long> padded = OutboxClaims.paddedToABatch(List.of(7L, 3L));

        assertEquals(OutboxDrain.BATCH, padded.size());
        assertEquals(List.of(7L, 3L, 3L), padded.subList(0, 3));
        assertEquals(List.of(3L), padded.subList(1, padded.size()).stream().distinct().toList());
    }

    @Test
    void aFullBatchAndNoBatchStayAsTheyAre() {
        List<Long> full = LongStream.rangeClosed(1, OutboxDrain.BATCH).boxed().toList();

        assertEquals(full, OutboxClaims.paddedToABatch(full));
        assertEquals(List.of(), OutboxClaims.paddedToABatch(List.of()));
    }
}
