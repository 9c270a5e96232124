package nl.regioportaal.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole portal, so that deadlines and expiry can be tested at a chosen date. It
 * runs in the region's zone ({@code portal.time-zone}, Europe/Amsterdam), whatever the JVM's
 * default: "today" and "now" of a session are the region's. The only place the zone is chosen
 * besides rendering (see "Time" in docs/architecture.md).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${portal.time-zone:Europe/Amsterdam}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
