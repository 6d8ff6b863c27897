package org.hiproutine.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The app in a JVM of its own, started from the test class path with the main configuration only
 * (not the tests' in-memory database), so it can be killed with SIGKILL, restarted on the same
 * files, or run twice behind a load balancer. Its output goes to a log file under target/.
 */
public final class AppProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(90);

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the app on a free port and waits until it answers.
   *
   * @param name names the log file: target/app-process/{name}.log
   * @param settings extra Spring settings, as "name=value"
   */
  public static AppProcess start(String name, List<String> settings) {
    return start(name, freePort(), settings);
  }

  public static AppProcess start(String name, int port, List<String> settings) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.hiproutine.HipRoutineApplication");
    command.add("--spring.config.location=classpath:/application.properties");
    command.add("--server.port=" + port);
    settings.forEach(setting -> command.add("--" + setting));
    try {
      Path logs = Files.createDirectories(Path.of("target", "app-process"));
      Path log = logs.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().put("MALLOC_ARENA_MAX", "2");
      AppProcess app = new AppProcess(builder.start(), port, log);
      app.awaitReady();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JVM options of the pom (app.jvmArguments), given to the tests by failsafe. */
  static List<String> jvmArguments() {
    String options = System.getProperty("app.jvmArguments", "-Xmx144m -XX:+UseSerialGC");
    return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  public int port() {
    return port;
  }

  public String origin() {
    return "http://localhost:" + port;
  }

  /** SIGKILL: no shutdown hook, no flush, as a crash or the OOM killer would. */
  public void kill() {
    process.destroyForcibly();
    awaitExit();
  }

  /** SIGTERM: a graceful shutdown, in-flight requests finish. */
  public void stop() {
    process.destroy();
    awaitExit();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitExit() {
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app exited while starting; see " + log);
      }
      try {
        HttpResponse<Void> health =
            http.send(
                HttpRequest.newBuilder(URI.create(origin() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(200);
    }
    close();
    throw new IllegalStateException("the app did not answer within " + STARTUP + "; see " + log);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
