package nl.regioportaal.shared.jobs;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.quartz.JobDetail;
import org.quartz.JobListener;
import org.quartz.Trigger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Hands every module's {@link ModuleJobs} to the Quartz scheduler (next to any plain JobDetail and
 * Trigger beans), and the portal's job listeners (the jobs screen's run log) to every job.
 *
 * <p>The scheduler stores those jobs at a start in a transaction of the database itself: with the JPA
 * transaction manager Spring Boot gives it, a start waited there for Hibernate, which is built on a
 * thread of its own meanwhile (docs/performance.md, "Start-up"). Quartz's own work does not use it.
 */
@Configuration(proxyBeanMethods = false)
class ModuleJobsRegistrar {

    @Bean
    SchedulerFactoryBeanCustomizer moduleJobsCustomizer(
            ObjectProvider<ModuleJobs> modules,
            ObjectProvider<JobDetail> details,
            ObjectProvider<Trigger> triggers,
            ObjectProvider<JobListener> listeners,
            DataSource dataSource) {
        return factory -> {
            factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
            List<JobDetail> allDetails = new ArrayList<>(details.orderedStream().toList());
            List<Trigger> allTriggers = new ArrayList<>(triggers.orderedStream().toList());
            modules.orderedStream().forEach(m -> {
                allDetails.addAll(m.details());
                allTriggers.addAll(m.triggers());
            });
            factory.setJobDetails(allDetails.toArray(JobDetail[]::new));
            factory.setTriggers(allTriggers.toArray(Trigger[]::new));
            factory.setGlobalJobListeners(listeners.orderedStream().toArray(JobListener[]::new));
        };
    }
}
