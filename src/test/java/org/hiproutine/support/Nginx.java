package org.hiproutine.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's nginx as the load balancer in front of app instances on this machine: round-robin over
 * them, a request that could not reach one sent to the next the way README.md ("Running on more
 * than one machine") configures it, started with a configuration of its own under
 * target/nginx/{name}/ and stopped with the test. Every answer names the instance that gave it in
 * an X-Upstream header (this test configuration only), so a test can tell which instance answered.
 */
public final class Nginx implements AutoCloseable {

  static final String NOT_INSTALLED =
      "nginx not installed: apt-get install nginx-light (as .ci/run does)";

  private final Path nginx;
  private final Path directory;
  private final int port;
  private final List<Integer> instancePorts;
  private final Set<Integer> down = new HashSet<>();
  private Process process;

  private Nginx(Path nginx, Path directory, int port, List<Integer> instancePorts) {
    this.nginx = nginx;
    this.directory = directory;
    this.port = port;
    this.instancePorts = List.copyOf(instancePorts);
  }

  static Optional<Path> binary() {
    Stream<Path> onPath =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
            .filter(folder -> !folder.isEmpty())
            .map(folder -> Path.of(folder, "nginx"));
    return Stream.concat(onPath, Stream.of(Path.of("/usr/sbin/nginx")))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Skips a test, saying how to install nginx, where it is missing. */
  public static final class Installed implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return binary()
          .map(nginx -> ConditionEvaluationResult.enabled("nginx at " + nginx))
          .orElseGet(() -> ConditionEvaluationResult.disabled(NOT_INSTALLED));
    }
  }

  /** nginx on a free port of 127.0.0.1, round-robin over the instances on these ports. */
  public static Nginx start(String name, List<Integer> instancePorts) {
    Path nginx = binary().orElseThrow(() -> new IllegalStateException(NOT_INSTALLED));
    try {
      Path directory = Files.createDirectories(Path.of("target", "nginx", name).toAbsolutePath());
      for (String log : List.of("access.log", "error.log", "nginx.out")) {
        Files.deleteIfExists(directory.resolve(log)); // this run's only
      }
      Nginx started = new Nginx(nginx, directory, AppProcess.freePort(), instancePorts);
      started.writeConfiguration();
      started.process =
          new ProcessBuilder(started.command())
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(directory.resolve("nginx.out").toFile()))
              .start();
      started.awaitListening();
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Takes the instance on this port out of the rotation, as an operator does before stopping it:
   * nginx reloads its configuration with the instance marked down, and once this returns no request
   * through nginx is on its way to it.
   */
  public void drain(int instancePort) {
    down.add(instancePort);
    reload();
  }

  /** Puts the instance on this port back into the rotation. */
  public void restore(int instancePort) {
    down.remove(instancePort);
    reload();
  }

  /** A graceful reload: new workers take new requests, old ones finish theirs, then exit. */
  private void reload() {
    List<ProcessHandle> oldWorkers = process.toHandle().children().toList();
    try {
      writeConfiguration();
      List<String> command = new ArrayList<>(command());
      command.addAll(List.of("-s", "reload"));
      Process signal = new ProcessBuilder(command).redirectErrorStream(true).start();
      String said = new String(signal.getInputStream().readAllBytes());
      if (signal.waitFor() != 0) {
        throw new IllegalStateException("nginx -s reload failed: " + said);
      }
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (oldWorkers.stream().anyMatch(ProcessHandle::isAlive)) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("nginx's old workers still answering after 60 s");
        }
        Thread.sleep(10);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> command() {
    return List.of(
        nginx.toString(),
        "-p",
        directory.toString(),
        "-e",
        directory.resolve("error.log").toString(),
        "-c",
        directory.resolve("nginx.conf").toString());
  }

  private void writeConfiguration() throws IOException {
    Files.writeString(directory.resolve("nginx.conf"), configuration());
  }

  /**
   * The balancing part is what README.md ("Running on more than one machine") gives operators:
   * HTTP/1.1 to the instances (so redirects stay relative) but no keep-alive connections (a reused
   * one can be closed by a stopping instance while a form is on its way, and a form is never sent
   * twice); room for answers' headers (an answer whose headers overflow the buffer counts as the
   * instance failing); a request passed on to the next instance only on an error or timeout before
   * any answer, which for a form means only when the connection was refused. The client's own Host
   * and X-Forwarded-Host go through as sent: the app must not use them.
   *
   * <p>Not from the README: the test's clients get a connection of their own for each request
   * (keepalive_timeout 0). A reload closes the old workers' idle kept-alive connections, and a
   * client that sent a request on one just then gets no answer at all; a browser sends it again
   * (nginx never read it), Java's HttpClient does not, and the test counted two such saves as lost
   * (2026-12-06) though neither nginx nor an instance had seen them.
   */
  private String configuration() {
    String servers =
        instancePorts.stream()
            .map(
                p ->
                    "    server 127.0.0.1:"
                        + p
                        + (down.contains(p) ? " down;" : " max_fails=1 fail_timeout=2s;"))
            .collect(Collectors.joining("\n"));
    return """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 512; }
        http {
          log_format upstreams '$request_method $request_uri $status $upstream_addr $upstream_status $request_time';
          access_log %1$s/access.log upstreams;
          client_body_temp_path %1$s/client-body;
          proxy_temp_path %1$s/proxy;
          upstream hip_routine {
        %2$s
          }
          server {
            listen 127.0.0.1:%3$d;
            keepalive_timeout 0;
            client_max_body_size 1m;
            client_body_buffer_size 128k;
            location / {
              proxy_pass http://hip_routine;
              proxy_http_version 1.1;
              proxy_buffer_size 16k;
              proxy_buffers 8 16k;
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_next_upstream error timeout;
              proxy_connect_timeout 2s;
              proxy_max_temp_file_size 0;
              add_header X-Upstream $upstream_addr always;
            }
          }
        }
        """
        .formatted(directory, servers, port);
  }

  public String origin() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** One line per request: method, path, status, the instances tried and their answers. */
  public List<String> accessLog() {
    try {
      return Files.readAllLines(directory.resolve("access.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each time nginx could not get an answer from an instance, as its error log words it. */
  public List<String> upstreamErrors() {
    try {
      return Files.readAllLines(directory.resolve("error.log")).stream()
          .filter(line -> line.contains("[error]") && line.contains("upstream"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitListening() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited; see " + directory.resolve("error.log"));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    close();
    throw new IllegalStateException("nginx did not listen on " + port + " in time");
  }
}
