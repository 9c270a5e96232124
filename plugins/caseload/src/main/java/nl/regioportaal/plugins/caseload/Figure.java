package nl.regioportaal.plugins.caseload;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One team's figures of one month, with the weighted caseload under its municipality's weights. */
record Figure(
        long teamId, long municipalityId, YearMonth month, int light, int medium, int heavy, BigDecimal weighted) {

    int flat() {
        return light + medium + heavy;
    }
}
