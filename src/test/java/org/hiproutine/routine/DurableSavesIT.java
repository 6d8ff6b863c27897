package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hiproutine.support.AppProcess;
import org.hiproutine.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A redirect that says "saved" means saved: the app in a JVM of its own, on the default embedded
 * database, is killed with SIGKILL while eight clients create and edit routines; restarted on the
 * same files, every save it had answered is there.
 */
class DurableSavesIT {

  private static final int CREATORS = 4;
  private static final int EDITORS = 4;
  private static final int ANSWERED_BEFORE_THE_CRASH = 300;

  @TempDir Path data;

  private final Set<String> created = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> lastAnsweredEdit = new ConcurrentHashMap<>();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicBoolean crashed = new AtomicBoolean();
  private final CountDownLatch enough = new CountDownLatch(1);

  @Test
  void keepsEveryAnsweredCreateAndEditThroughAKill9() throws Exception {
    List<String> settings = List.of("hip-routine.data-dir=" + data);
    try (AppProcess app = AppProcess.start("durable-saves-before", settings)) {
      ExecutorService clients = Executors.newFixedThreadPool(CREATORS + EDITORS);
      for (int i = 0; i < CREATORS; i++) {
        clients.submit(() -> create(app.origin()));
      }
      for (int i = 0; i < EDITORS; i++) {
        clients.submit(() -> edit(app.origin()));
      }
      assertThat(enough.await(3, TimeUnit.MINUTES)).as("saves answered in time").isTrue();
      app.kill(); // the moment the 300th save was answered, others in flight
      crashed.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    List<String> lostCreates = new ArrayList<>();
    List<String> lostEdits = new ArrayList<>();
    try (AppProcess app = AppProcess.start("durable-saves-after", settings)) {
      Visitor visitor = new Visitor(app.origin());
      for (String editKey : created) {
        if (visitor.get("/routines/" + editKey).statusCode() != 200) {
          lostCreates.add(editKey);
        }
      }
      for (Map.Entry<String, Integer> edit : lastAnsweredEdit.entrySet()) {
        String page = visitor.get("/routines/" + edit.getKey()).body();
        int stored = Integer.parseInt(Visitor.field(page, "name").replace("Edit ", ""));
        if (stored < edit.getValue()) {
          lostEdits.add("answered edit " + edit.getValue() + ", found " + stored);
        }
      }
    }

    System.out.printf(
        "durable saves: %d creates and %d routines' edits answered before SIGKILL;"
            + " lost: %d creates, %d edits%n",
        created.size(), lastAnsweredEdit.size(), lostCreates.size(), lostEdits.size());
    assertThat(created.size()).as("creates answered before the crash").isGreaterThan(50);
    assertThat(lastAnsweredEdit.values()).as("edits answered").allMatch(n -> n > 5);
    assertThat(lostCreates).as("answered creates missing after the restart").isEmpty();
    assertThat(lostEdits).as("answered edits missing after the restart").isEmpty();
  }

  private void create(String origin) {
    Visitor visitor = new Visitor(origin);
    try {
      String token = Visitor.csrfToken(visitor.get("/routines/new").body());
      while (!crashed.get()) {
        HttpResponse<String> answer =
            visitor.post(
                "/routines",
                token,
                Map.of("name", "Crash test", "timesPerDay", "1", "daysPerWeek", "7"));
        if (answer.statusCode() == 302) {
          String location = answer.headers().firstValue("Location").orElseThrow();
          created.add(location.substring(location.lastIndexOf('/') + 1));
          counted();
        }
      }
    } catch (IOException killed) {
      // the app is gone: what was answered before counts
    }
  }

  private void edit(String origin) {
    Visitor visitor = new Visitor(origin);
    try {
      String token = Visitor.csrfToken(visitor.get("/routines/new").body());
      HttpResponse<String> made =
          visitor.post(
              "/routines", token, Map.of("name", "Edit 0", "timesPerDay", "1", "daysPerWeek", "7"));
      String location = made.headers().firstValue("Location").orElseThrow();
      String path = location.substring(location.indexOf("/routines/"));
      String editKey = path.substring("/routines/".length());
      long version = Long.parseLong(Visitor.field(visitor.get(path).body(), "version"));
      for (int n = 1; !crashed.get(); n++) {
        HttpResponse<String> answer =
            visitor.post(
                path,
                token,
                Map.of(
                    "version", String.valueOf(version),
                    "name", "Edit " + n,
                    "timesPerDay", "1",
                    "daysPerWeek", "7",
                    "action", "save"));
        if (answer.statusCode() != 302) {
          throw new IllegalStateException("an edit was refused: " + answer.statusCode());
        }
        version++;
        lastAnsweredEdit.put(editKey, n);
        counted();
      }
    } catch (IOException killed) {
      // the app is gone: what was answered before counts
    }
  }

  private void counted() {
    if (answered.incrementAndGet() == ANSWERED_BEFORE_THE_CRASH) {
      enough.countDown();
    }
  }
}
