package nl.regioportaal.intervisie;

import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.jobs.ModuleJobs;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Intervisie's scheduled work on the clustered Quartz scheduler: every night, retention. */
@Configuration(proxyBeanMethods = false)
class IntervisieJobs {

    private static final Logger LOG = LoggerFactory.getLogger(IntervisieJobs.class);

    @DisallowConcurrentExecution
    static class RetentionJob extends QuartzJobBean {
        @Autowired
        RetentionService retention;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            SystemAuthentication.run(() -> LOG.info("intervisie retention: sessions purged={}", retention.purgeDue()));
        }
    }

    @Bean
    ModuleJobs intervisieModuleJobs() {
        return ModuleJobs.of("intervisie", ModuleJobs.cron("intervisie-retention", RetentionJob.class, "0 30 2 * * ?"));
    }
}
