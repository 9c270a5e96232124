package nl.regioportaal.notify;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Listeners of notices run asynchronously after the publishing commit (so a slow mail server never
 * holds up an enrolment), and each node polls for due mails and new notices on a timer.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class NotifyConfig {}
