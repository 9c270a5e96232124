package nl.regioportaal.forum;

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
 * The forum's scheduled work on the portal's clustered Quartz scheduler: every morning agendas due
 * for automatic sending go out and chairs with waiting proposals for tomorrow's meeting are
 * reminded; every Monday owners hear of their overdue actions.
 */
@Configuration(proxyBeanMethods = false)
class ForumJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ForumJobs.class);

    @DisallowConcurrentExecution
    static class MorningJob extends QuartzJobBean {
        @Autowired
        ForumSchedule schedule;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            SystemAuthentication.run(() -> {
                int published = schedule.publishDue();
                int reminded = schedule.remindChairs();
                LOG.info("forum morning: agendas published={} chairs reminded={}", published, reminded);
            });
        }
    }

    @DisallowConcurrentExecution
    static class WeeklyJob extends QuartzJobBean {
        @Autowired
        ForumSchedule schedule;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            SystemAuthentication.run(
                    () -> LOG.info("forum weekly: owners told of overdue actions={}", schedule.sendOverdueActions()));
        }
    }

    @Bean
    ModuleJobs forumModuleJobs() {
        return ModuleJobs.of(
                "forum",
                ModuleJobs.cron("forum-morning", MorningJob.class, "0 0 7 * * ?"),
                ModuleJobs.cron("forum-weekly", WeeklyJob.class, "0 0 7 ? * MON"));
    }
}
