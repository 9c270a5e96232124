package nl.regioportaal.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regioportaal.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.test.util.ReflectionTestUtils;

class ModuleJobsRegistrarTest extends ServiceTest {

    @Autowired
    SchedulerFactoryBeanCustomizer moduleJobsCustomizer;

    @Test
    void theSchedulerStoresItsJobsWithoutWaitingForHibernate() {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        moduleJobsCustomizer.customize(factory);

        assertThat(ReflectionTestUtils.getField(factory, "transactionManager"))
                .isInstanceOf(DataSourceTransactionManager.class);
        assertThat((List<?>) ReflectionTestUtils.getField(factory, "triggers"))
                .as("every module's triggers")
                .isNotEmpty();
    }
}
