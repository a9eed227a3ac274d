package org.orderdesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSecondFactorTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final long STEP = OneTimeCodes.stepAt(NOW);
    private static final String SECRET = OneTimeCodes.newSecret();
    private static final SecondFactorKey KEY = new SecondFactorKey(SecondFactorKey.newKey());

    private final Account operator = new Account("op@orderdesk.test", "Op", "hash", Role.OPERATOR);
    private final List<String> recoveryCodes = RecoveryCodes.newCodes();

    @Test
    void aWrongCodeEnrolsNothing() {
        assertFalse(operator.enrolSecondFactor(SECRET, "000000".equals(code(STEP)) ? "111111" : "000000", NOW,
                hashes(), KEY));

        assertFalse(operator.hasSecondFactor());
        assertFalse(operator.acceptSecondFactor(code(STEP + 1), NOW, KEY));
    }

    @Test
    void theEnrolmentCodeCannotBeUsedAgain() {
        enrol();

        assertTrue(operator.hasSecondFactor());
        assertFalse(operator.acceptSecondFactor(code(STEP), NOW, KEY));
        assertTrue(operator.acceptSecondFactor(code(STEP + 1), NOW, KEY));
    }

    @Test
    void eachCodeCountsOnceAndNoOlderOneAfterIt() {
        enrol();

        assertTrue(operator.acceptSecondFactor(code(STEP + 1), NOW.plusSeconds(30), KEY));
        assertFalse(operator.acceptSecondFactor(code(STEP + 1), NOW.plusSeconds(30), KEY));
        assertTrue(operator.acceptSecondFactor(code(STEP + 2), NOW.plusSeconds(30), KEY));
        assertFalse(operator.acceptSecondFactor(code(STEP + 1), NOW.plusSeconds(60), KEY));
    }

    @Test
    void aRecoveryCodeIsSpentByUse() {
        enrol();

        assertTrue(operator.acceptSecondFactor(recoveryCodes.get(3), NOW, KEY));
        assertFalse(operator.acceptSecondFactor(recoveryCodes.get(3), NOW, KEY));
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
        assertFalse(operator.acceptSecondFactor(code(STEP + 1), NOW, KEY));
        assertFalse(operator.acceptSecondFactor(recoveryCodes.get(0), NOW, KEY));
        assertTrue(operator.enrolSecondFactor(SECRET, code(STEP + 1), NOW, hashes(), KEY), "enrols anew");
    }

    @Test
    void onlyACodeOfAStepAlreadyUsedIsAReplay() {
        enrol();

        assertTrue(operator.isUsedCode(code(STEP), NOW, KEY));
        assertFalse(operator.isUsedCode(code(STEP + 1), NOW, KEY));
        assertFalse(operator.isUsedCode(code(STEP + 3), NOW, KEY), "a code of no step near now is just wrong");
        assertTrue(operator.acceptSecondFactor(code(STEP + 1), NOW, KEY));
        assertTrue(operator.isUsedCode(code(STEP + 1), NOW, KEY));
    }

    @Test
    void aSecretStoredInClearBeforeIsSealedAndStillGivesTheSameCodes() throws Exception {
        Field stored = Account.class.getDeclaredField("oneTimeCodeSecret");
        stored.setAccessible(true);
        stored.set(operator, SECRET);

        assertTrue(operator.sealSecondFactor(KEY));
        assertFalse(operator.sealSecondFactor(KEY), "sealed once");
        assertTrue(SecondFactorKey.isSealed((String) stored.get(operator)));
        assertTrue(operator.acceptSecondFactor(code(STEP), NOW, KEY));
    }

    @Test
    void enrolsOnlyOnce() {
        enrol();

        assertThrows(IllegalStateException.class,
                () -> operator.enrolSecondFactor(OneTimeCodes.newSecret(), code(STEP), NOW, hashes(), KEY));
    }

    private void enrol() {
        assertTrue(operator.enrolSecondFactor(SECRET, code(STEP), NOW, hashes(), KEY));
    }

    private List<String> hashes() {
        return recoveryCodes.stream().map(RecoveryCodes::hash).toList();
    }

    private static String code(long step) {
        return OneTimeCodes.code(SECRET, step);
    }
}
