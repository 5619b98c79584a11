package org.glossa.agreement.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The colour scale the HTML report and the workbench charts share. */
class AgreementColoursTest {

    @Test
    void stopsAreHitExactlyAndValuesOutsideAreClamped() {
        assertEquals(0xB2182B, AgreementColours.KAPPA.rgb(-1));
        assertEquals(0xF7F7F7, AgreementColours.KAPPA.rgb(0));
        assertEquals(0x2166AC, AgreementColours.KAPPA.rgb(1));
        assertEquals(AgreementColours.KAPPA.rgb(1), AgreementColours.KAPPA.rgb(7.5));
        assertEquals(AgreementColours.KAPPA.rgb(-1), AgreementColours.KAPPA.rgb(-3));
        assertEquals("#08519c", AgreementColours.UNIT.colour(1));
        assertEquals("#f7fbff", AgreementColours.UNIT.colour(-0.2), "F1 has no negative values: clamped to 0");
    }

    @Test
    void betweenStopsTheColourIsMixed() {
        // halfway from 0.5 (0x67A9CF) to 1 (0x2166AC)
        int mixed = AgreementColours.KAPPA.rgb(0.75);
        assertEquals(Math.round((0x67 + 0x21) / 2.0), mixed >> 16);
        assertEquals(Math.round((0xA9 + 0x66) / 2.0), (mixed >> 8) & 0xFF);
        assertEquals(Math.round((0xCF + 0xAC) / 2.0), mixed & 0xFF);
    }

    @Test
    void textOnDarkColoursIsWhite() {
        assertTrue(AgreementColours.KAPPA.dark(1));
        assertTrue(AgreementColours.KAPPA.dark(-1));
        assertFalse(AgreementColours.KAPPA.dark(0));
        assertFalse(AgreementColours.UNIT.dark(0.2));
    }
}
