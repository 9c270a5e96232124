package nl.regioportaal.devagenda;

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

/** Every morning the followers of initiatives hear of milestones that became late. */
@Configuration(proxyBeanMethods = false)
class AgendaJobs {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaJobs.class);

    @DisallowConcurrentExecution
    static class LateMilestonesJob extends QuartzJobBean {
        @Autowired
        LateMilestones late;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            SystemAuthentication.run(() -> LOG.info("devagenda: late milestones told={}", late.tellFollowers()));
        }
    }

    @Bean
    ModuleJobs devagendaModuleJobs() {
        return ModuleJobs.of(
                "devagenda", ModuleJobs.cron("devagenda-late-milestones", LateMilestonesJob.class, "0 30 7 * * ?"));
    }
}
