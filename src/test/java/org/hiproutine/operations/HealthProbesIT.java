package org.hiproutine.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a load balancer or an orchestrator asks: liveness (restart the process if it fails) and
 * readiness (send it traffic), and no other part of the actuator answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthProbesIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void livenessAndReadinessAnswerUpOnTheirOwnPaths() throws Exception {
    for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
      HttpResponse<String> answer = get(probe);
      assertThat(answer.statusCode()).as(probe).isEqualTo(200);
      assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  @Test
  void notReadyWhileTheDatabaseCannotTakeASaveButStillAlive() throws Exception {
    jdbc.execute("alter table storage_check rename to storage_check_away");
    try {
      assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
      assertThat(get("/actuator/health/liveness").statusCode())
          .as("a restart would not fix the database")
          .isEqualTo(200);
    } finally {
      jdbc.execute("alter table storage_check_away rename to storage_check");
    }
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }

  @Test
  void noOtherPartOfTheActuatorAnswers() throws Exception {
    for (String path :
        new String[] {
          "/actuator",
          "/actuator/health/db",
          "/actuator/health/storage",
          "/actuator/info",
          "/actuator/env",
          "/actuator/metrics",
          "/actuator/beans",
          "/actuator/shutdown"
        }) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
