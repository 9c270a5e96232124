package nl.regioportaal.shared.jobs;

import java.util.ArrayList;
import java.util.List;
import org.quartz.JobDetail;
import org.quartz.JobListener;
import org.quartz.Trigger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands every module's {@link ModuleJobs} to the Quartz scheduler (next to any plain JobDetail and
 * Trigger beans), and the portal's job listeners (the jobs screen's run log) to every job.
 */
@Configuration(proxyBeanMethods = false)
class ModuleJobsRegistrar {

    @Bean
    SchedulerFactoryBeanCustomizer moduleJobsCustomizer(
            ObjectProvider<ModuleJobs> modules,
            ObjectProvider<JobDetail> details,
            ObjectProvider<Trigger> triggers,
            ObjectProvider<JobListener> listeners) {
        return factory -> {
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
