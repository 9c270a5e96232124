package nl.regioportaal.training;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * For the benchmark: how long the current thread spent in SQL (executing statements; MariaDB's
 * driver reads a whole result while executing) between {@link #start()} and {@link #stop()}. It wraps
 * the portal's {@link DataSource}; other threads (jobs, the pool's housekeeping) are not counted.
 */
final class SqlTimer {

    private static final ThreadLocal<long[]> SPENT = new ThreadLocal<>();

    private SqlTimer() {}

    static void start() {
        SPENT.set(new long[1]);
    }

    /** Nanoseconds in SQL since {@link #start()}. */
    static long stop() {
        long ns = SPENT.get()[0];
        SPENT.remove();
        return ns;
    }

    /** Registered as a bean: every DataSource the portal makes is timed. */
    static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
            }
        };
    }

    private static <T> T proxy(Class<T> type, Object target) {
        return type.cast(Proxy.newProxyInstance(
                SqlTimer.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
                    boolean timed =
                            target instanceof Statement && m.getName().startsWith("execute") && SPENT.get() != null;
                    long start = System.nanoTime();
                    Object result = call(target, m, args);
                    if (timed) {
                        SPENT.get()[0] += System.nanoTime() - start;
                    }
                    if (result instanceof Connection c && m.getReturnType() == Connection.class) {
                        return proxy(Connection.class, c);
                    }
                    if (result instanceof Statement s && Statement.class.isAssignableFrom(m.getReturnType())) {
                        return proxy(m.getReturnType(), s);
                    }
                    return result;
                }));
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
