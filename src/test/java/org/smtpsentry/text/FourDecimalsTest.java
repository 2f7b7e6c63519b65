package org.smtpsentry.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FourDecimalsTest {

    private static String byBigDecimal(double d) {
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    @Test
    void roundsHalfEvenToFourDecimalsWithoutTrailingZeros() {
        assertEquals("0.0312", FourDecimals.of(0.03125), "a tie goes to the even digit");
        assertEquals("0.0938", FourDecimals.of(0.09375));
        assertEquals("0.0002", FourDecimals.of(0.00015), "the tie as written, 1.5E-4, not as stored in binary");
        assertEquals("0", FourDecimals.of(0.00005));
        assertEquals("0", FourDecimals.of(-0.00001), "no negative zero");
        assertEquals("-2.5", FourDecimals.of(-2.5));
        assertEquals("0.3333", FourDecimals.of(1 / 3.0));
        assertEquals("12345.6789", FourDecimals.of(12345.67891));
        assertEquals("1", FourDecimals.of(0.99995));
    }

    @Test
    void givesWhatBigDecimalGivesAcrossMagnitudes() {
        double[] edges = {0.5, 0.05, 0.005, 0.0005, 0.00005, 0.000049999, 1e-7, 4.9e-324, 99999.99995, 1e13 + 0.5,
            1e14 - 0.03125, 1e14, 1.5e15 + 0.5, 1e20, 123456789.12345, 7.0e-4, 2.5e-4};
        for (double d : edges) {
            assertEquals(byBigDecimal(d), FourDecimals.of(d), "of " + d);
            assertEquals(byBigDecimal(-d), FourDecimals.of(-d), "of " + -d);
        }
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextInt(2_000_000) / 16.0 / Math.pow(10, random.nextInt(8)); // many exact ties
                case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 15);
                default -> random.nextInt(100_000) / 100_000.0 + random.nextInt(1000);
            };
            assertEquals(byBigDecimal(d), FourDecimals.of(d), "of " + d);
        }
    }
}
