package org.hiproutine.web;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the calling thread sends, whatever sends them (JPA, JdbcClient): a
 * MockMvc request runs on the test's own thread, so background work (health checks, the pool's
 * upkeep) is not counted. Import it into a test's context; the pool stays the app's own (Hikari,
 * its settings), only the connections it opens count what they prepare.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountedStatements {

  private static final Set<String> SENDING =
      Set.of("prepareStatement", "createStatement", "prepareCall");
  private static final ThreadLocal<int[]> SENT = ThreadLocal.withInitial(() -> new int[1]);

  /** Statements this thread sent since it last cleared the count. */
  public static int sent() {
    return SENT.get()[0];
  }

  public static void clear() {
    SENT.get()[0] = 0;
  }

  @Bean
  static BeanPostProcessor countingConnections() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null) {
          DataSource driver =
              new DriverDataSource(
                  pool.getJdbcUrl(),
                  pool.getDriverClassName(),
                  pool.getDataSourceProperties(),
                  pool.getUsername(),
                  pool.getPassword());
          pool.setDataSource(counting(driver));
        }
        return bean;
      }
    };
  }

  private static DataSource counting(DataSource driver) {
    return (DataSource)
        Proxy.newProxyInstance(
            CountedStatements.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(driver, method, args);
              return result instanceof Connection connection ? counting(connection) : result;
            });
  }

  private static Connection counting(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            CountedStatements.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (SENDING.contains(method.getName())) {
                SENT.get()[0]++;
              }
              return invoke(connection, method, args);
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
