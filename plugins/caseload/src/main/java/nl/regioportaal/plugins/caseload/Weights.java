package nl.regioportaal.plugins.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much a light, medium and heavy case counts in the weighted caseload (0 to 10, two decimals). */
record Weights(BigDecimal light, BigDecimal medium, BigDecimal heavy) {

    static final BigDecimal MAX = BigDecimal.TEN;

    Weights {
        for (BigDecimal w : new BigDecimal[] {light, medium, heavy}) {
            if (w == null
                    || w.signum() < 0
                    || w.compareTo(MAX) > 0
                    || w.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("a weight is a number from 0 to 10 with at most two decimals: " + w);
            }
        }
    }

    BigDecimal weighted(int lightCases, int mediumCases, int heavyCases) {
        return light.multiply(BigDecimal.valueOf(lightCases))
                .add(medium.multiply(BigDecimal.valueOf(mediumCases)))
                .add(heavy.multiply(BigDecimal.valueOf(heavyCases)))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
