package nl.regioportaal.audit;

import nl.regioportaal.shared.jobs.ModuleJobs;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The audit trail's nightly retention run on the portal's clustered Quartz scheduler. */
@Configuration(proxyBeanMethods = false)
class AuditJobs {

    private static final Logger LOG = LoggerFactory.getLogger(AuditJobs.class);

    @DisallowConcurrentExecution
    static class RetentionJob extends QuartzJobBean {
        @Autowired
        AuditRetention retention;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            LOG.info("audit retention: revisions deleted={} before={}", retention.deleteExpired(), retention.cutoff());
        }
    }

    @Bean
    ModuleJobs auditModuleJobs() {
        return ModuleJobs.of("audit", ModuleJobs.cron("audit-retention", RetentionJob.class, "0 40 3 * * ?"));
    }
}
