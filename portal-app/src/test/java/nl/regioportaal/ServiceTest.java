package nl.regioportaal;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Service tests on the shared context and database: log in with {@code users.login("…")}, call the
 * service, assert. The login is cleared after each test.
 */
@PortalTest
public abstract class ServiceTest {

    @Autowired
    protected TestUsers users;

    @AfterEach
    void logoutAfterTest() {
        users.logout();
    }
}
