package org.orderdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSecondFactorTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final long STEP = OneTimeCodes.stepAt(NOW);
    private static final String SECRET = OneTimeCodes.newSecret();

    private final Account operator = new Account("op@orderdesk.test", "Op", "hash", Role.OPERATOR);
    private final List<String> recoveryCodes = RecoveryCodes.newCodes();

    @Test
    void aWrongCodeEnrolsNothing() {
        assertFalse(operator.enrolSecondFactor(SECRET, "000000".equals(code(STEP)) ? "111111" : "000000", NOW,
                hashes()));

        assertFalse(operator.hasSecondFactor());
        assertFalse(operator.acceptSecondFactor(code(STEP + 1), NOW));
    }

    @Test
    void theEnrolmentCodeCannotBeUsedAgain() {
        enrol();

        assertTrue(operator.hasSecondFactor());
        assertFalse(operator.acceptSecondFactor(code(STEP), NOW));
        assertTrue(operator.acceptSecondFactor(code(STEP + 1), NOW));
    }

    @Test
    void eachCodeCountsOnceAndNoOlderOneAfterIt() {
        enrol();

        assertTrue(operator.acceptSecondFactor(code(STEP + 1), NOW.plusSeconds(30)));
        assertFalse(operator.acceptSecondFactor(code(STEP + 1), NOW.plusSeconds(30)));
        assertTrue(operator.acceptSecondFactor(code(STEP + 2), NOW.plusSeconds(30)));
        assertFalse(operator.acceptSecondFactor(code(STEP + 1), NOW.plusSeconds(60)));
    }

    @Test
    void aRecoveryCodeIsSpentByUse() {
        enrol();

        assertTrue(operator.acceptSecondFactor(recoveryCodes.get(3), NOW));
        assertFalse(operator.acceptSecondFactor(recoveryCodes.get(3), NOW));
        assertEquals(9, operator.recoveryCodesLeft());
    }

    @Test
    void aResetClearsTheSecretAndTheRecoveryCodesAndEndsEverySession() {
        enrol();
        long version = operator.credentialsVersion();

        operator.resetSecondFactor();

        assertFalse(operator.hasSecondFactor());
        assertEquals(0, operator.recoveryCodesLeft());
        assertEquals(version + 1, operator.credentialsVersion());
        assertFalse(operator.acceptSecondFactor(code(STEP + 1), NOW));
        assertFalse(operator.acceptSecondFactor(recoveryCodes.get(0), NOW));
        assertTrue(operator.enrolSecondFactor(SECRET, code(STEP + 1), NOW, hashes()), "enrols anew");
    }

    @Test
    void onlyACodeOfAStepAlreadyUsedIsAReplay() {
        enrol();

        assertTrue(operator.isUsedCode(code(STEP), NOW));
        assertFalse(operator.isUsedCode(code(STEP + 1), NOW));
        assertFalse(operator.isUsedCode(code(STEP + 3), NOW), "a code of no step near now is just wrong");
        assertTrue(operator.acceptSecondFactor(code(STEP + 1), NOW));
        assertTrue(operator.isUsedCode(code(STEP + 1), NOW));
    }

    @Test
    void enrolsOnlyOnce() {
        enrol();

        assertThrows(IllegalStateException.class,
                () -> operator.enrolSecondFactor(OneTimeCodes.newSecret(), code(STEP), NOW, hashes()));
    }

    private void enrol() {
        assertTrue(operator.enrolSecondFactor(SECRET, code(STEP), NOW, hashes()));
    }

    private List<String> hashes() {
        return recoveryCodes.stream().map(RecoveryCodes::hash).toList();
    }

    private static String code(long step) {
        return OneTimeCodes.code(SECRET, step);
    }
}
