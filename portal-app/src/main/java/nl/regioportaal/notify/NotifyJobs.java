package nl.regioportaal.notify;

import java.time.Clock;
import nl.regioportaal.shared.jobs.ModuleJobs;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Notify's scheduled work: the weekly digest, Monday 07:00. */
@Configuration(proxyBeanMethods = false)
class NotifyJobs {

    @DisallowConcurrentExecution
    static class WeeklyDigestJob extends QuartzJobBean {
        @Autowired
        Digests digests;

        @Autowired
        Clock clock;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            digests.sendWeekly(clock.instant());
        }
    }

    @Bean
    ModuleJobs notifyModuleJobs() {
        return ModuleJobs.of("notify", ModuleJobs.cron("notify-weekly-digest", WeeklyDigestJob.class, "0 0 7 ? * MON"));
    }
}
