package org.hiproutine.support;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The same test classes on PostgreSQL: when failsafe's PostgreSQL run sets
 * hip-routine.test.database=postgresql, every Spring test context gets a fresh database of its own
 * on the test server (as each gets a fresh in-memory H2 database otherwise), migrated by the app's
 * own Flyway, and drops it when the context closes. Registered in META-INF/spring.factories.
 */
public class PostgresContexts implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return Postgres.chosen() ? new OnAFreshDatabase() : null;
  }

  /** All alike, so test classes with the same configuration still share one context. */
  private record OnAFreshDatabase() implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
      Postgres.Database database = Postgres.freshDatabase();
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "fresh PostgreSQL database " + database.name(),
                  Map.of(
                      "spring.datasource.url",
                      database.url(),
                      "spring.datasource.username",
                      database.user(),
                      "spring.datasource.password",
                      database.password(),
                      // @DataJpaTest would put an embedded database in its place
                      "spring.test.database.replace",
                      "none",
                      // a dozen contexts stay open at once on one server shared with others: one
                      // connection each while idle
                      "spring.datasource.hikari.maximum-pool-size",
                      "4",
                      "spring.datasource.hikari.minimum-idle",
                      "1",
                      "spring.datasource.hikari.idle-timeout",
                      "10000")));
      // registered first, so dropped last: after the connection pool has closed
      ((DefaultSingletonBeanRegistry) context.getBeanFactory())
          .registerDisposableBean("freshPostgresDatabase", database::drop);
    }
  }

  /**
   * Skips every test of the PostgreSQL run, saying how to get a server, where none answers.
   * Registered through JUnit's extension auto-detection, which that run turns on.
   */
  public static final class Reachable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (!Postgres.chosen()) {
        return ConditionEvaluationResult.enabled("on the default database");
      }
      return new Postgres.Reachable().evaluateExecutionCondition(context);
    }
  }
}
