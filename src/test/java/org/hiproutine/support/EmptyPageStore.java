package org.hiproutine.support;

import org.hiproutine.web.PageStore;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every test starts with an empty page store, whatever ran before it in the same Spring context: a
 * test that asks for a page once sees it rendered, not a copy another test left behind. Registered
 * for every test in META-INF/spring.factories.
 */
public class EmptyPageStore implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    context.getBeanProvider(PageStore.class).ifAvailable(PageStore::clear);
  }
}
