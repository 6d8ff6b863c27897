package org.hiproutine.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hiproutine.support.AppProcess;
import org.hiproutine.support.Nginx;
import org.hiproutine.support.Postgres;
import org.hiproutine.support.RawHttp;
import org.hiproutine.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of the app on one PostgreSQL database behind nginx (round-robin), driven through
 * nginx only, as people would reach them: a visitor never notices which instance answered, a change
 * shows at once on every page either instance keeps, a save from a stale tab is refused with what
 * was typed, a forged Host reaches no page, and a rolling restart under load loses no request and
 * no save.
 */
@ExtendWith({Postgres.Reachable.class, Nginx.Installed.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

  private static final String PUBLIC_URL = "https://hip-routine.example";
  private static final String FORGED = "evil.example";

  private static final int SAVERS = 3;
  private static final int READERS = 2;
  private static final int CREATORS = 1;
  private static final int MOST_REQUESTS = 20_000;
  private static final Duration LOAD_BEFORE_AND_AFTER = Duration.ofSeconds(3);

  private static final Properties MESSAGES = messages();

  private Postgres.Database database;
  private final int[] ports = new int[2];
  private final AppProcess[] instances = new AppProcess[2];
  private Nginx nginx;

  @BeforeAll
  void startTwoInstancesOnOneDatabaseBehindNginx() {
    database = Postgres.freshDatabase();
    ports[0] = AppProcess.freePort();
    do {
      ports[1] = AppProcess.freePort();
    } while (ports[1] == ports[0]);
    // both at once, as after a deployment: one migrates the empty database, the other waits
    CompletableFuture<AppProcess> first = CompletableFuture.supplyAsync(() -> start(0, "a"));
    CompletableFuture<AppProcess> second = CompletableFuture.supplyAsync(() -> start(1, "b"));
    instances[0] = first.join();
    instances[1] = second.join();
    nginx = Nginx.start("two-instances", List.of(ports[0], ports[1]));
  }

  @AfterAll
  void stopEverything() {
    if (nginx != null) {
      nginx.close();
    }
    for (AppProcess instance : instances) {
      if (instance != null) {
        instance.close();
      }
    }
    if (database != null) {
      database.drop();
    }
  }

  /** An instance as production runs one: the database and public address from its settings. */
  private AppProcess start(int instance, String label) {
    return AppProcess.start(
        "two-instances-" + label,
        ports[instance],
        List.of(
            // the variables application.properties reads (the command line stands in for env)
            "HIP_ROUTINE_DB_URL=" + database.url(),
            "HIP_ROUTINE_DB_USER=" + database.user(),
            "HIP_ROUTINE_DB_PASSWORD=" + database.password(),
            "hip-routine.public-url=" + PUBLIC_URL));
  }

  @Test
  void aVisitorNeverNoticesWhichInstanceAnswers() throws Exception {
    Visitor visitor = new Visitor(nginx.origin());
    String token = Visitor.csrfToken(ok(visitor.get("/routines/new")).body());
    List<String> postedTo = new ArrayList<>();
    List<String> landedOn = new ArrayList<>();

    HttpResponse<String> created =
        visitor.post(
            "/routines",
            token,
            Map.of("name", "Morning hips", "timesPerDay", "1", "daysPerWeek", "7"));
    assertThat(created.statusCode()).isEqualTo(302);
    String edit = location(created);
    postedTo.add(upstream(created));
    HttpResponse<String> landing = ok(visitor.get(edit));
    landedOn.add(upstream(landing));
    assertThat(Jsoup.parse(landing.body()).text()).contains(text("routine.created.title"));

    landing = step(visitor, edit, token, Map.of("action", "add:lunges"), postedTo, landedOn);
    assertThat(notices(landing)).contains(text("notice.added", "Lunges"));
    landing = step(visitor, edit, token, Map.of("action", "add:clamshells"), postedTo, landedOn);
    assertThat(notices(landing)).contains(text("notice.added", "Clamshells"));

    String share = URI.create(Visitor.field(landing.body(), "share-link")).getPath();
    List<String> keptPages = List.of(share, share + "/sheet", share + "/sheet.pdf");
    for (int i = 0; i < 4; i++) { // each instance renders each page, then keeps it
      for (String page : keptPages) {
        assertThat(textOf(visitor, page)).as(page).contains("Morning hips");
      }
    }

    landing =
        step(
            visitor,
            edit,
            token,
            Map.of("name", "Evening hips", "action", "save"),
            postedTo,
            landedOn);
    assertThat(notices(landing)).contains(text("notice.saved"));
    assertThat(Set.copyOf(landedOn))
        .as("notices shown by both instances, after forms posted to either")
        .hasSize(2);
    boolean crossed = false;
    for (int i = 0; i < postedTo.size(); i++) {
      crossed |= !postedTo.get(i).equals(landedOn.get(i));
    }
    assertThat(crossed).as("a redirect landed on the instance that did not take the form").isTrue();

    Set<String> answeredBy = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      for (String page : keptPages) {
        HttpResponse<byte[]> answer = visitor.getBytes(page);
        answeredBy.add(upstream(answer));
        assertThat(textOf(page, answer))
            .as("%s from %s", page, upstream(answer))
            .contains("Evening hips")
            .doesNotContain("Morning hips");
      }
    }
    assertThat(answeredBy).as("the change seen through both instances").hasSize(2);
  }

  @Test
  void aSaveFromAStaleTabIsRefusedAndWhatWasTypedIsKept() throws Exception {
    Visitor visitor = new Visitor(nginx.origin());
    String token = Visitor.csrfToken(ok(visitor.get("/routines/new")).body());
    String edit =
        location(
            visitor.post(
                "/routines",
                token,
                Map.of("name", "Two tabs", "timesPerDay", "1", "daysPerWeek", "7")));
    String firstTab = ok(visitor.get(edit)).body();
    String secondTab = ok(visitor.get(edit)).body();

    Map<String, String> first = formOf(firstTab);
    first.put("name", "Saved in the first tab");
    first.put("action", "save");
    assertThat(visitor.post(edit, token, first).statusCode()).isEqualTo(302);

    Map<String, String> second = formOf(secondTab);
    second.put("name", "Typed in the second tab");
    second.put("notes", "Knees feel fine");
    second.put("action", "save");
    HttpResponse<String> refused = visitor.post(edit, token, second);

    assertThat(refused.statusCode()).isEqualTo(409);
    String typed = Jsoup.parse(refused.body()).select(".unsaved").text();
    assertThat(typed).contains("Typed in the second tab").contains("Knees feel fine");
    assertThat(Visitor.field(refused.body(), "name")).isEqualTo("Saved in the first tab");
    assertThat(Visitor.field(ok(visitor.get(edit)).body(), "name"))
        .isEqualTo("Saved in the first tab");
  }

  @Test
  void aForgedHostReachesNoPageNorAnyPageKeptForOthers() throws Exception {
    Visitor visitor = new Visitor(nginx.origin());
    String token = Visitor.csrfToken(ok(visitor.get("/routines/new")).body());
    String edit =
        location(
            visitor.post(
                "/routines",
                token,
                Map.of("name", "Host test", "timesPerDay", "1", "daysPerWeek", "7")));
    String editPage = ok(visitor.get(edit)).body();
    String share = URI.create(Visitor.field(editPage, "share-link")).getPath();

    RawHttp.Answer created = forgedPostOfANewRoutine();
    assertThat(created.status()).isEqualTo(302);
    assertThat(created.head()).doesNotContainIgnoringCase(FORGED);

    List<String> pages =
        List.of(
            "/",
            "/exercises",
            "/exercises/lunges",
            "/routines/new",
            "/safety",
            edit,
            edit + "/delete",
            share,
            share + "/sheet",
            share + "/sheet.pdf",
            share + "/session",
            "/no-such-page",
            "/actuator/health/readiness");
    for (int i = 0; i < 3; i++) { // often enough for both instances to keep what they would keep
      for (String page : pages) {
        RawHttp.Answer answer = forgedGet(page);
        assertThat(answer.status()).as(page).isLessThan(500);
        assertThat(answer.head() + textOf(page, answer))
            .as("%s asked for with a forged Host", page)
            .doesNotContainIgnoringCase(FORGED);
      }
    }
    for (String page : pages) {
      assertThat(textOf(visitor, page)).as(page).doesNotContainIgnoringCase(FORGED);
    }
    assertThat(forgedGet(edit).text()).contains(PUBLIC_URL + edit).contains(PUBLIC_URL + share);
  }

  @Test
  void aRollingRestartUnderLoadLosesNoRequestAndNoSave() throws Exception {
    Load load = new Load();
    List<Saver> savers = new ArrayList<>();
    for (int i = 0; i < SAVERS; i++) {
      savers.add(new Saver(i, load));
    }
    ExecutorService clients = Executors.newFixedThreadPool(SAVERS + READERS + CREATORS);
    List<CompletableFuture<Void>> running = new ArrayList<>();
    savers.forEach(saver -> running.add(CompletableFuture.runAsync(saver::run, clients)));
    List<String> readable =
        savers.stream().flatMap(s -> List.of(s.share, s.share + "/sheet").stream()).toList();
    for (int i = 0; i < READERS; i++) {
      running.add(CompletableFuture.runAsync(() -> load.read(readable), clients));
    }
    Queue<String> created = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < CREATORS; i++) {
      running.add(CompletableFuture.runAsync(() -> load.create(created), clients));
    }

    List<String> restarts = new ArrayList<>();
    Thread.sleep(LOAD_BEFORE_AND_AFTER.toMillis());
    for (int i = 0; i < instances.length; i++) { // README.md, "A rolling restart"
      int before = load.requests.get();
      long draining = System.nanoTime();
      nginx.drain(ports[i]);
      long drained = System.nanoTime();
      instances[i].stop(); // SIGTERM: what is still in flight finishes, new connections are refused
      long stopped = System.nanoTime();
      instances[i] = start(i, i == 0 ? "a-restarted" : "b-restarted");
      long started = System.nanoTime();
      nginx.restore(ports[i]);
      restarts.add(
          "instance %d: out of nginx in %d ms, stopped in %d ms, started again in %d ms, %d requests meanwhile"
              .formatted(
                  i + 1,
                  (drained - draining) / 1_000_000,
                  (stopped - drained) / 1_000_000,
                  (started - stopped) / 1_000_000,
                  load.requests.get() - before));
      Thread.sleep(LOAD_BEFORE_AND_AFTER.toMillis());
    }
    load.stop.set(true);
    CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
    clients.shutdown();

    List<String> passedOn = nginx.accessLog().stream().filter(line -> line.contains(", ")).toList();
    List<String> upstreamErrors = nginx.upstreamErrors();
    System.out.printf(
        "Rolling restart through nginx: %d requests (%d saves answered, %d routines created),"
            + " %d failed; nginx passed %d on to the other instance (%d of them forms) after %d"
            + " upstream errors, %d of them other than a refused connection; %s%n",
        load.requests.get(),
        load.saves.get(),
        created.size(),
        load.failures.size(),
        passedOn.size(),
        passedOn.stream().filter(line -> line.startsWith("POST")).count(),
        upstreamErrors.size(),
        upstreamErrors.stream().filter(line -> !line.contains("Connection refused")).count(),
        String.join("; ", restarts));

    assertThat(load.failures).as("failed requests").isEmpty();
    assertThat(load.saves.get()).as("saves answered during the restarts").isGreaterThan(10);
    try (Connection connection = database.connect()) {
      for (Saver saver : savers) {
        assertThat(storedName(connection, saver.editKey()))
            .as("saver %d's last answered save", saver.number)
            .isEqualTo(saver.lastAnsweredName());
      }
      assertThat(countStored(connection, List.copyOf(created)))
          .as("routines whose creation was answered")
          .isEqualTo(created.size());
    }
    Set<String> answeredBy = new HashSet<>();
    Visitor visitor = new Visitor(nginx.origin());
    for (int i = 0; i < 4; i++) {
      answeredBy.add(upstream(ok(visitor.get("/exercises"))));
    }
    assertThat(answeredBy).as("both restarted instances answer").hasSize(2);
  }

  /** Requests counted, and every answer that was not the expected one, described. */
  private final class Load {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger saves = new AtomicInteger();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();

    boolean goingOn() {
      return !stop.get() && requests.get() < MOST_REQUESTS;
    }

    /** The answer if it has the expected status, else null with the failure noted. */
    <T> HttpResponse<T> expect(String what, int status, Request<T> request) {
      requests.incrementAndGet();
      try {
        HttpResponse<T> answer = request.send();
        if (answer.statusCode() != status) {
          failures.add(what + ": " + answer.statusCode() + " from " + upstream(answer));
          return null;
        }
        return answer;
      } catch (IOException e) {
        failures.add(what + ": " + e);
        return null;
      }
    }

    void read(List<String> pages) {
      Visitor reader = new Visitor(nginx.origin());
      for (int i = 0; goingOn(); i++) {
        String page = i % 3 == 0 ? "/exercises" : pages.get(i % pages.size());
        expect("GET " + page, 200, () -> reader.get(page));
      }
    }

    void create(Queue<String> created) {
      Visitor creator = new Visitor(nginx.origin());
      for (int i = 0; goingOn(); i++) {
        HttpResponse<String> form = expect("GET new", 200, () -> creator.get("/routines/new"));
        if (form == null) {
          continue;
        }
        String token = Visitor.csrfToken(form.body());
        Map<String, String> fields =
            Map.of("name", "Created " + i, "timesPerDay", "1", "daysPerWeek", "7");
        HttpResponse<String> answer =
            expect("POST create", 302, () -> creator.post("/routines", token, fields));
        if (answer != null) {
          created.add(editKey(location(answer)));
          // as a browser does: the notice is shown, and leaves the cookie
          expect("GET created", 200, () -> creator.get(location(answer)));
        }
      }
    }
  }

  private interface Request<T> {
    HttpResponse<T> send() throws IOException;
  }

  /**
   * One person editing their own routine over and over: each save answered is then shown at once by
   * the share page, whichever instance answers it.
   */
  private final class Saver {
    final int number;
    final Load load;
    final Visitor visitor;
    final String token;
    final String edit;
    final String share;
    volatile int lastAnswered;

    Saver(int number, Load load) throws IOException {
      this.number = number;
      this.load = load;
      this.visitor = new Visitor(nginx.origin());
      this.token = Visitor.csrfToken(ok(visitor.get("/routines/new")).body());
      this.edit =
          location(
              visitor.post(
                  "/routines",
                  token,
                  Map.of("name", name(0), "timesPerDay", "1", "daysPerWeek", "7")));
      this.share = URI.create(Visitor.field(ok(visitor.get(edit)).body(), "share-link")).getPath();
    }

    String name(int save) {
      return "Saver " + number + " save " + save;
    }

    String lastAnsweredName() {
      return name(lastAnswered);
    }

    String editKey() {
      return TwoInstancesIT.editKey(edit);
    }

    void run() {
      for (int save = 1; load.goingOn(); save++) {
        HttpResponse<String> page = load.expect("GET edit", 200, () -> visitor.get(edit));
        if (page == null) {
          continue;
        }
        if (!Visitor.field(page.body(), "name").equals(lastAnsweredName())) {
          load.failures.add("edit page from " + upstream(page) + " older than the last save");
        }
        Map<String, String> fields = formOf(page.body());
        fields.put("name", name(save));
        fields.put("action", "save");
        if (load.expect("POST save", 302, () -> visitor.post(edit, token, fields)) == null) {
          continue;
        }
        lastAnswered = save;
        load.saves.incrementAndGet();
        String saved = name(save);
        HttpResponse<String> shared = load.expect("GET share", 200, () -> visitor.get(share));
        if (shared != null && !shared.body().contains(saved)) {
          load.failures.add("share page from " + upstream(shared) + " without " + saved);
        }
      }
    }
  }

  private HttpResponse<String> step(
      Visitor visitor,
      String edit,
      String token,
      Map<String, String> changes,
      List<String> postedTo,
      List<String> landedOn)
      throws IOException {
    Map<String, String> fields = formOf(ok(visitor.get(edit)).body());
    fields.putAll(changes);
    HttpResponse<String> saved = visitor.post(edit, token, fields);
    assertThat(saved.statusCode()).as("save answered with a redirect").isEqualTo(302);
    postedTo.add(upstream(saved));
    HttpResponse<String> landing = ok(visitor.get(location(saved)));
    landedOn.add(upstream(landing));
    return landing;
  }

  /** The routine form's fields as a browser would send them, without its buttons and token. */
  private static Map<String, String> formOf(String html) {
    Element form = Jsoup.parse(html).selectFirst("form[method=post]:has(input[name=version])");
    assertThat(form).as("the routine's form").isNotNull();
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element field : form.select("input[name], select[name], textarea[name]")) {
      String type = field.attr("type");
      if (type.equals("submit")
          || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))
          || field.attr("name").equals("_csrf")) {
        continue;
      }
      fields.putIfAbsent(field.attr("name"), field.val());
    }
    return fields;
  }

  private static String notices(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).select("[role=status], .notice").text();
  }

  private static String textOf(Visitor visitor, String page) throws IOException {
    HttpResponse<byte[]> answer = visitor.getBytes(page);
    return textOf(page, answer);
  }

  private static String textOf(String page, HttpResponse<byte[]> answer) throws IOException {
    return page.endsWith(".pdf")
        ? pdfText(answer.body())
        : new String(answer.body(), StandardCharsets.UTF_8);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static <T> HttpResponse<T> ok(HttpResponse<T> response) {
    assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
    return response;
  }

  private static String upstream(HttpResponse<?> response) {
    return response.headers().firstValue("X-Upstream").orElse("(nginx itself)");
  }

  private static String location(HttpResponse<?> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    return URI.create(location).getRawPath();
  }

  private static String editKey(String editPath) {
    return editPath.substring(editPath.lastIndexOf('/') + 1);
  }

  private static String storedName(Connection connection, String editKey) throws Exception {
    try (PreparedStatement query =
        connection.prepareStatement("select name from routine where edit_key = ?")) {
      query.setString(1, editKey);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static int countStored(Connection connection, List<String> editKeys) throws Exception {
    try (PreparedStatement query =
        connection.prepareStatement("select count(*) from routine where edit_key = any(?)")) {
      Array keys = connection.createArrayOf("varchar", editKeys.toArray());
      query.setArray(1, keys);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** A GET sent to nginx with a made-up Host and X-Forwarded-Host, as any client can send. */
  private RawHttp.Answer forgedGet(String path) throws IOException {
    return RawHttp.exchange(
        nginx.port(), "GET " + path + " HTTP/1.0\r\n" + forgedHeaders(), new byte[0]);
  }

  private RawHttp.Answer forgedPostOfANewRoutine() throws IOException {
    RawHttp.Answer form = forgedGet("/routines/new");
    byte[] body =
        RawHttp.form(
            Map.of(
                "name", "Forged",
                "timesPerDay", "1",
                "daysPerWeek", "7",
                "_csrf", Visitor.csrfToken(form.text())));
    return RawHttp.exchange(
        nginx.port(),
        "POST /routines HTTP/1.0\r\n"
            + forgedHeaders()
            + "Cookie: XSRF-TOKEN="
            + form.cookie("XSRF-TOKEN")
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + body.length
            + "\r\n",
        body);
  }

  private static String forgedHeaders() {
    return "Host: "
        + FORGED
        + "\r\nX-Forwarded-Host: "
        + FORGED
        + "\r\nX-Forwarded-Proto: https\r\nForwarded: host="
        + FORGED
        + "\r\n";
  }

  private static String textOf(String page, RawHttp.Answer answer) throws IOException {
    return page.endsWith(".pdf") ? pdfText(answer.body()) : answer.text();
  }

  private static String text(String key, Object... arguments) {
    String pattern = MESSAGES.getProperty(key);
    assertThat(pattern).as("message " + key).isNotNull();
    return arguments.length == 0 ? pattern : new MessageFormat(pattern).format(arguments);
  }

  private static Properties messages() {
    Properties messages = new Properties();
    try (Reader in =
        new InputStreamReader(
            TwoInstancesIT.class.getResourceAsStream("/messages.properties"),
            StandardCharsets.UTF_8)) {
      messages.load(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return messages;
  }
}
