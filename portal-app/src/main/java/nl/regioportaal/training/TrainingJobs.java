package nl.regioportaal.training;

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

/**
 * The training module's scheduled work, on the portal's one (clustered) Quartz scheduler:
 * hourly, unused quota seats are released, requests for approval whose hold ran out expire (their
 * seats go to the waiting list) and session reminders sent; every night the
 * compliance states are recomputed (time alone changes them) and the deadline notices sent.
 */
@Configuration(proxyBeanMethods = false)
class TrainingJobs {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);
    static final int REMINDER_DAYS = 2;

    @DisallowConcurrentExecution
    static class HourlyJob extends QuartzJobBean {
        @Autowired
        EnrolmentService enrolments;

        @Autowired
        SessionReminders reminders;

        @Autowired
        ApprovalService approvals;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            SystemAuthentication.run(() -> {
                int released = enrolments.releaseDueQuotas();
                int expired = approvals.expireDueRequests();
                int sent = reminders.sendSessionReminders(REMINDER_DAYS);
                LOG.info(
                        "training hourly: quotas released={} requests expired={} reminders={}",
                        released,
                        expired,
                        sent);
            });
        }
    }

    @DisallowConcurrentExecution
    static class NightlyJob extends QuartzJobBean {
        @Autowired
        StatusRefresher refresher;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            SystemAuthentication.run(() -> refresher.refreshAll(true));
        }
    }

    @Bean
    ModuleJobs trainingModuleJobs() {
        return ModuleJobs.of(
                "training",
                ModuleJobs.cron("training-hourly", HourlyJob.class, "0 5 * * * ?"),
                ModuleJobs.cron("training-nightly", NightlyJob.class, "0 30 5 * * ?"));
    }
}
