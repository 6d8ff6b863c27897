package org.hiproutine.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.SmartRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Every builder action and every bad input, through the whole stack but the servlet container. */
@SpringBootTest
@AutoConfigureMockMvc
class RoutineControllerIT {

  @Autowired MockMvc mvc;
  @Autowired RoutineEditor editor;
  @Autowired RoutineRepository routines;

  @Test
  void createsARoutineRemembersItInThisBrowserAndShowsBothLinks() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/routines")
                    .with(csrf())
                    .param("name", "Morning hips")
                    .param("timesPerDay", "2")
                    .param("daysPerWeek", "5"))
            .andExpect(status().isFound())
            .andExpect(redirectedUrlPattern("/routines/*"))
            .andExpect(flash().attribute("created", true))
            .andReturn()
            .getResponse();

    String editKey = response.getRedirectedUrl().substring("/routines/".length());
    assertThat(editKey).matches(RoutineKeys.PATTERN);
    Routine routine = stored(editKey);
    assertThat(routine.getName()).isEqualTo("Morning hips");
    assertThat(routine.getFrequency()).isEqualTo(new Frequency(2, 5));
    String setCookie = String.join("\n", response.getHeaders("Set-Cookie"));
    assertThat(setCookie)
        .contains("routines=" + editKey)
        .contains("HttpOnly")
        .contains("SameSite=Lax");

    Document page = page(get("/routines/" + editKey).cookie(flashCookie(response)));
    assertThat(page.getElementById("edit-link").val()).endsWith("/routines/" + editKey);
    assertThat(page.getElementById("share-link").val()).endsWith("/s/" + routine.getShareKey());
    assertThat(page.text()).contains("Anyone with this link can change or delete this routine");
    assertThat(page.text()).contains("Your routine is saved");
  }

  @Test
  void createsARoutineThatStartsWithTheExerciseItCameFrom() throws Exception {
    Document form = page(get("/routines/new").param("exercise", "clamshells"));
    assertThat(form.text()).contains("Clamshells will be the first exercise");

    String editKey =
        created(post("/routines").with(csrf()).param("exercise", "clamshells").params(daily()));

    assertThat(slugs(editKey)).containsExactly("clamshells");
    assertThat(stored(editKey).getItems().get(0).getAmount()).isEqualTo(15);
  }

  @Test
  void rejectsANewRoutineWithoutANameAndKeepsWhatWasTyped() throws Exception {
    long before = routines.count();

    Document page =
        page(
            post("/routines")
                .with(csrf())
                .param("name", "  ")
                .param("notes", "For my physio")
                .param("timesPerDay", "9")
                .param("daysPerWeek", "7"));

    assertThat(errorSummary(page))
        .containsExactly(
            "Enter a name for the routine.", "Enter how many times a day, from 1 to 3.");
    assertThat(page.select("a[href=#name]")).hasSize(1);
    assertThat(fieldError(page, "name")).contains("Enter a name for the routine.");
    assertThat(page.getElementById("notes").text()).isEqualTo("For my physio");
    assertThat(page.getElementById("timesPerDay").val()).isEqualTo("9");
    assertThat(routines.count()).isEqualTo(before);
  }

  @Test
  void rejectsANameLongerThan80Characters() throws Exception {
    Document page =
        page(post("/routines").with(csrf()).param("name", "x".repeat(81)).params(frequency()));

    assertThat(fieldError(page, "name")).contains("at most 80 characters");
    assertThat(page.getElementById("name").val()).hasSize(81);
  }

  @Test
  void copiesAReadyRoutineIntoANewOne() throws Exception {
    Document choices = page(get("/routines/new"));
    assertThat(choices.select(".template h3"))
        .extracting(Element::text)
        .containsExactly("Short morning mobility", "Strengthening", "All eight exercises");

    String editKey = created(post("/routines/templates/all-eight").with(csrf()));

    assertThat(stored(editKey).getName()).isEqualTo("All eight exercises");
    assertThat(slugs(editKey))
        .containsExactly(
            "standing-forward-bend",
            "lunges",
            "hip-flexor-stretch",
            "hip-flexor-and-quad-release",
            "cat-cow",
            "pigeon-pose",
            "clamshells",
            "glute-bridges");
  }

  @Test
  void theReadyRoutineOfAllEightIsAlreadyInPositionOrder() throws Exception {
    String editKey = created(post("/routines/templates/all-eight").with(csrf()));
    List<String> asCopied = slugs(editKey);

    edit(editKey, "order");

    assertThat(slugs(editKey)).isEqualTo(asCopied);
  }

  @Test
  void savesSetsAmountsAndNotes() throws Exception {
    String editKey = routineWith("glute-bridges", "clamshells");

    mvc.perform(
            editForm(editKey)
                .param("items[0].sets", "2")
                .param("items[0].amount", "15")
                .param("items[1].amount", "20")
                .param("items[1].note", "Left side is weaker")
                .param("action", "save"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/routines/" + editKey))
        .andExpect(flash().attribute("notice", "Your changes are saved."));

    Routine routine = stored(editKey);
    assertThat(routine.getItems().get(0).getSets()).isEqualTo(2);
    assertThat(routine.getItems().get(0).getAmount()).isEqualTo(15);
    assertThat(routine.getItems().get(1).getAmount()).isEqualTo(20);
    assertThat(routine.getItems().get(1).getNote()).isEqualTo("Left side is weaker");
  }

  @Test
  void showsANoteWhenTheAmountIsOutsideTheRecommendedRange() throws Exception {
    String editKey = routineWith("glute-bridges");
    edit(editKey, "save", "items[0].amount", "17");

    Document page = page(get("/routines/" + editKey));

    assertThat(page.select("#item-" + itemId(editKey, 0) + " .out-of-range").text())
        .contains("outside the range the exercise recommends (Recommended: 12–15 repetitions)");
    assertThat(page.select("#items-0-amount-hint").text())
        .isEqualTo("Recommended: 12–15 repetitions");
  }

  @Test
  void addsFromThePickerAndListsOnlyExercisesNotYetInTheRoutine() throws Exception {
    String editKey = routineWith("glute-bridges");
    assertThat(page(get("/routines/" + editKey)).select(".picker button[value=add:glute-bridges]"))
        .isEmpty();

    edit(editKey, "add:cat-cow");

    assertThat(slugs(editKey)).containsExactly("glute-bridges", "cat-cow");
    assertThat(stored(editKey).getItems().get(1).getAmount()).isEqualTo(10);
  }

  @Test
  void aDoubleSubmittedAddAddsOnce() throws Exception {
    String editKey = routineWith("glute-bridges");

    long loaded = stored(editKey).getVersion();
    edit(editKey, "add:lunges");
    mvc.perform(editForm(editKey, loaded).param("action", "add:lunges"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("notice", "Lunges is already in this routine."));
    mvc.perform(post("/routines/" + editKey + "/items").with(csrf()).param("exercise", "lunges"))
        .andExpect(status().isFound());

    assertThat(slugs(editKey)).containsExactly("glute-bridges", "lunges");
  }

  @Test
  void addsFromAnExercisesPageToOneOfThisBrowsersRoutines() throws Exception {
    String editKey = routineWith("glute-bridges");
    Cookie remembered = new Cookie(RememberedRoutines.COOKIE, editKey);

    Document chooser = page(get("/exercises/clamshells/add-to-routine").cookie(remembered));
    assertThat(chooser.select("form[action=/routines/" + editKey + "/items] button").text())
        .isEqualTo("Add to Morning");

    mvc.perform(
            post("/routines/" + editKey + "/items").with(csrf()).param("exercise", "clamshells"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/routines/" + editKey + "#items"))
        .andExpect(flash().attribute("notice", "Added Clamshells. Set how much of it below."));
    assertThat(slugs(editKey)).containsExactly("glute-bridges", "clamshells");
  }

  @Test
  void removesAnItem() throws Exception {
    String editKey = routineWith("glute-bridges", "clamshells");

    edit(editKey, "remove:" + itemId(editKey, 0));

    assertThat(slugs(editKey)).containsExactly("clamshells");
  }

  @Test
  void movesItemsUpAndDownAndReturnsToTheMovedItem() throws Exception {
    String editKey = routineWith("glute-bridges", "clamshells", "cat-cow");
    long catCow = itemId(editKey, 2);

    mvc.perform(editForm(editKey).param("action", "up:" + catCow))
        .andExpect(redirectedUrl("/routines/" + editKey + "#item-" + catCow));
    assertThat(slugs(editKey)).containsExactly("glute-bridges", "cat-cow", "clamshells");

    edit(editKey, "down:" + itemId(editKey, 0));
    assertThat(slugs(editKey)).containsExactly("cat-cow", "glute-bridges", "clamshells");
  }

  @Test
  void offersNoMoveUpOnTheFirstItemNorMoveDownOnTheLast() throws Exception {
    String editKey = routineWith("glute-bridges", "clamshells");

    Document page = page(get("/routines/" + editKey));

    assertThat(page.select("#item-" + itemId(editKey, 0) + " button").eachText())
        .containsExactly("Move down: Glute Bridges", "Remove: Glute Bridges");
    assertThat(page.select("#item-" + itemId(editKey, 1) + " button").eachText())
        .containsExactly("Move up: Clamshells", "Remove: Clamshells");
  }

  @Test
  void ordersByStartingPositionStandingFirst() throws Exception {
    String editKey = routineWith("glute-bridges", "cat-cow", "lunges", "hip-flexor-stretch");

    edit(editKey, "order");

    assertThat(slugs(editKey))
        .containsExactly("lunges", "hip-flexor-stretch", "cat-cow", "glute-bridges");
  }

  @Test
  void showsTheEstimatedTimeAndItsAssumptions() throws Exception {
    String editKey = routineWith("glute-bridges", "clamshells", "cat-cow");

    Document page = page(get("/routines/" + editKey));

    // 12 × 3 s + 15 × 3 s × 2 sides + 10 × 6 s + 2 × 20 s = 226 s, rounded up to 4 minutes
    assertThat(page.select(".estimate-figure").text()).isEqualTo("About 4 minutes each time");
    assertThat(page.select(".estimate .hint").text())
        .contains("3 seconds per repetition", "6 seconds per breathing round", "20 seconds");
  }

  @Test
  void rejectsOutOfLimitAmountsWithAClearMessageAndChangesNothing() throws Exception {
    String editKey = routineWith("hip-flexor-stretch", "glute-bridges", "cat-cow");

    assertRejected(editKey, "items[0].amount", "4", "Enter a hold from 5 to 120 seconds.");
    assertRejected(editKey, "items[0].amount", "121", "Enter a hold from 5 to 120 seconds.");
    assertRejected(editKey, "items[1].amount", "51", "Enter from 1 to 50 repetitions.");
    assertRejected(editKey, "items[1].amount", "-3", "Enter from 1 to 50 repetitions.");
    assertRejected(editKey, "items[2].amount", "31", "Enter from 1 to 30 breathing rounds.");
    assertRejected(editKey, "items[1].sets", "0", "Enter the number of sets, from 1 to 5.");
    assertRejected(editKey, "items[1].sets", "6", "Enter the number of sets, from 1 to 5.");
    assertRejected(editKey, "items[1].amount", "", "Enter the amount, for example 15.");
  }

  @Test
  void rejectsTextAndHugeNumbersInNumberFieldsKeepingWhatWasTyped() throws Exception {
    String editKey = routineWith("glute-bridges");

    Document page =
        assertRejected(
            editKey,
            "items[0].amount",
            "twelve",
            "Enter the amount as a whole number, for example 15.");
    assertThat(page.getElementById("items-0-amount").val()).isEqualTo("twelve");
    assertThat(page.getElementById("items-0-amount").attr("aria-invalid")).isEqualTo("true");

    assertRejected(
        editKey,
        "items[0].amount",
        "99999999999999999999",
        "Enter the amount as a whole number, for example 15.");
    assertRejected(
        editKey,
        "timesPerDay",
        "often",
        "Enter how many times a day as a whole number from 1 to 3.");
  }

  @Test
  void theErrorSummaryLinksToTheForAndFromFieldsToo() throws Exception {
    String editKey = routineWith("glute-bridges");

    assertRejected(
        editKey, "forWhom", "x".repeat(Routine.LONGEST_FOR + 1), "For can be at most 80");
    assertRejected(
        editKey, "fromWhom", "x".repeat(Routine.LONGEST_FROM + 1), "From can be at most 200");
  }

  @Test
  void anErrorSummaryLinksToEachFieldAndNamesTheExercise() throws Exception {
    String editKey = routineWith("glute-bridges");

    Document page =
        page(
            editForm(editKey)
                .param("name", "")
                .param("items[0].sets", "9")
                .param("items[0].note", "n".repeat(201)));

    // in the order of the page: the exercises first, then the routine's details
    assertThat(page.select(".error-summary a").eachAttr("href"))
        .containsExactly("#items-0-sets", "#items-0-note", "#name");
    assertThat(errorSummary(page))
        .containsExactly(
            "Glute Bridges: Enter the number of sets, from 1 to 5.",
            "Glute Bridges: The note can be at most 200 characters long.",
            "Enter a name for the routine.");
    assertThat(page.getElementById("items-0-note").text()).hasSize(201);
    assertThat(page.getElementById("items-0-sets").val()).isEqualTo("9");
  }

  @Test
  void refusesAStaleSaveFromAnotherTabAndShowsTheCurrentRoutine() throws Exception {
    String editKey = routineWith("glute-bridges");
    long loadedInTabTwo = stored(editKey).getVersion();
    edit(editKey, "save", "name", "Changed in tab one");

    MockHttpServletResponse response =
        mvc.perform(editForm(editKey, loadedInTabTwo).param("name", "Typed in tab two"))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse();

    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select(".notice.warning").text())
        .contains("This routine was changed somewhere else", "Name: Typed in tab two");
    assertThat(page.getElementById("name").val()).isEqualTo("Changed in tab one");
    assertThat(page.getElementById("version").val()).isEqualTo(String.valueOf(loadedInTabTwo + 1));
    assertThat(stored(editKey).getName()).isEqualTo("Changed in tab one");
  }

  @Test
  void keepsEverythingTypedOnTheChangedSomewhereElsePage() throws Exception {
    String editKey = routineWith("glute-bridges", "clamshells");
    long loadedInTabTwo = stored(editKey).getVersion();
    edit(editKey, "save", "name", "Changed in tab one");

    Document page =
        page(
            editForm(editKey, loadedInTabTwo)
                .param("name", "Typed in tab two")
                .param("notes", "Typed notes")
                .param("timesPerDay", "2")
                .param("daysPerWeek", "5")
                .param("items[0].sets", "3")
                .param("items[0].amount", "14")
                .param("items[0].note", "Typed note for bridges")
                .param("items[1].amount", "18"));

    assertThat(page.select(".unsaved li").eachText())
        .containsExactly(
            "Name: Typed in tab two",
            "Notes: Typed notes",
            "Times a day: 2. Days a week: 5.",
            "Glute Bridges: sets 3, amount 14. Note: Typed note for bridges",
            "Clamshells: sets 1, amount 18.");
  }

  @Test
  void everyWayToTheSheetThePdfOrTheSessionSavesWhatWasTypedFirst() throws Exception {
    String editKey = routineWith("glute-bridges");
    String shareKey = stored(editKey).getShareKey();

    mvc.perform(editForm(editKey).param("items[0].amount", "13").param("action", "go:sheet"))
        .andExpect(redirectedUrl("/s/" + shareKey + "/sheet"));
    assertThat(page(get("/s/" + shareKey + "/sheet")).select(".sheet-dose").text())
        .isEqualTo("13 repetitions");

    mvc.perform(editForm(editKey).param("items[0].amount", "14").param("action", "go:session"))
        .andExpect(redirectedUrl("/s/" + shareKey + "/session"));
    mvc.perform(editForm(editKey).param("name", "Shown").param("action", "go:shared"))
        .andExpect(redirectedUrl("/s/" + shareKey));
    assertThat(stored(editKey).getItems().get(0).getAmount()).isEqualTo(14);

    MockHttpServletResponse pdf =
        mvc.perform(editForm(editKey).param("items[0].amount", "15").param("action", "go:pdf"))
            .andExpect(redirectedUrl("/routines/" + editKey))
            .andReturn()
            .getResponse();
    assertThat(stored(editKey).getItems().get(0).getAmount()).isEqualTo(15);
    Document downloading = page(get("/routines/" + editKey).cookie(flashCookie(pdf)));
    assertThat(downloading.select("meta[http-equiv=refresh]").attr("content"))
        .isEqualTo("0;url=/s/" + shareKey + "/sheet.pdf");
    assertThat(downloading.select("[role=status]").text())
        .contains("The PDF of the sheet is downloading");
    assertThat(page(get("/routines/" + editKey)).select("meta[http-equiv=refresh]"))
        .as("downloads once")
        .isEmpty();
  }

  @Test
  void theFirstButtonOfTheFormSavesSoEnterNeverLeavesThePage() throws Exception {
    Document page = page(get("/routines/" + routineWith("glute-bridges")));

    assertThat(page.selectFirst("#routine-form button[type=submit]").val()).isEqualTo("save");
  }

  @Test
  void addsSeveralTickedExercisesAtOnceAndLandsOnTheFirstNewOne() throws Exception {
    String editKey = routineWith("glute-bridges");

    MockHttpServletResponse added =
        mvc.perform(
                editForm(editKey)
                    .param("action", "add")
                    .request()
                    .param("exercises", "lunges", "cat-cow", "clamshells"))
            .andReturn()
            .getResponse();

    assertThat(slugs(editKey)).containsExactly("glute-bridges", "lunges", "cat-cow", "clamshells");
    assertThat(added.getRedirectedUrl())
        .isEqualTo("/routines/" + editKey + "#item-" + itemId(editKey, 1));
    assertThat(
            page(get("/routines/" + editKey).cookie(flashCookie(added)))
                .select("[role=status]")
                .text())
        .contains("Added Lunges, Cat-Cow Stretch, Clamshells.");
  }

  @Test
  void asksToTickAnExerciseWhenAddIsPressedWithNoneTicked() throws Exception {
    String editKey = routineWith("glute-bridges");
    long version = stored(editKey).getVersion();

    Document page = page(editForm(editKey).param("name", "Typed").param("action", "add"));

    assertThat(errorSummary(page)).containsExactly("Tick at least one exercise to add.");
    assertThat(page.select("a[href=#exercises]")).hasSize(1);
    assertThat(page.getElementById("name").val()).isEqualTo("Typed");
    assertThat(stored(editKey).getVersion()).isEqualTo(version);
  }

  @Test
  void warnsBesideTheFieldAndAfterSavingWhenADoseIsFarFromTheRecommendation() throws Exception {
    String editKey = routineWith("glute-bridges");

    MockHttpServletResponse saved =
        mvc.perform(
                editForm(editKey)
                    .param("items[0].sets", "3")
                    .param("items[0].amount", "40")
                    .param("action", "save"))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse();

    assertThat(stored(editKey).getItems().get(0).getAmount())
        .as("saved: it may be meant")
        .isEqualTo(40);
    Document page = page(get("/routines/" + editKey).cookie(flashCookie(saved)));
    assertThat(page.select(".notice.warning").text())
        .isEqualTo(
            "Check the amount of Glute Bridges: it is far from what the exercise recommends."
                + " Keep it only if your physiotherapist set it.");
    assertThat(page.select(".out-of-range.far").text())
        .contains("(Recommended: 12–15 repetitions): 3 sets of 40");
  }

  @Test
  void makesACopyNamedCopyOfWithTheSameExercisesAndItsOwnLinks() throws Exception {
    String editKey = routineWith("glute-bridges", "lunges");

    MockHttpServletResponse copied =
        mvc.perform(
                editForm(editKey)
                    .param("items[1].amount", "13")
                    .param("forWhom", "A. B.")
                    .param("action", "copy"))
            .andReturn()
            .getResponse();

    String copyKey = copied.getRedirectedUrl().substring("/routines/".length());
    assertThat(copyKey).isNotEqualTo(editKey).matches(RoutineKeys.PATTERN);
    Routine copy = stored(copyKey);
    assertThat(copy.getName()).isEqualTo("Copy of Morning");
    assertThat(copy.getForWhom()).isEqualTo("A. B.");
    assertThat(copy.getItems())
        .extracting(item -> item.getExercise().getSlug(), RoutineItem::getAmount)
        .containsExactly(tuple("glute-bridges", 12), tuple("lunges", 13));
    assertThat(copy.getShareKey()).isNotEqualTo(stored(editKey).getShareKey());
    assertThat(String.join("\n", copied.getHeaders("Set-Cookie"))).contains("routines=" + copyKey);
  }

  @Test
  void keepsWhoARoutineIsForAndFromAndOffersToSendItsShareLink() throws Exception {
    String editKey = routineWith("glute-bridges");

    mvc.perform(
            editForm(editKey)
                .param("forWhom", "Mrs J. Smith")
                .param("fromWhom", "Riverside Physio, 01234 567890")
                .param("action", "save"))
        .andExpect(status().isFound());

    Routine routine = stored(editKey);
    assertThat(routine.getForWhom()).isEqualTo("Mrs J. Smith");
    assertThat(routine.getFromWhom()).isEqualTo("Riverside Physio, 01234 567890");
    Document page = page(get("/routines/" + editKey));
    assertThat(page.getElementById("forWhom").val()).isEqualTo("Mrs J. Smith");
    String share = "http://localhost:8080/s/" + routine.getShareKey();
    String email = page.selectFirst(".send a[href^=mailto:]").attr("href");
    String sms = page.selectFirst(".send a[href^=sms:]").attr("href");
    assertThat(java.net.URLDecoder.decode(email, java.nio.charset.StandardCharsets.UTF_8))
        .contains(share)
        .doesNotContain(editKey);
    assertThat(java.net.URLDecoder.decode(sms, java.nio.charset.StandardCharsets.UTF_8))
        .contains(share)
        .doesNotContain(editKey);
    assertThat(email).doesNotContain("+");
    assertThat(page.selectFirst("button.share").attr("data-url")).isEqualTo(share);
  }

  @Test
  void answers400ToTamperedActionsAndChangesNothing() throws Exception {
    String editKey = routineWith("glute-bridges");
    long versionBefore = stored(editKey).getVersion();

    mvc.perform(editForm(editKey).param("action", "add:handstand"))
        .andExpect(status().isBadRequest());
    mvc.perform(editForm(editKey).param("action", "up:999999")).andExpect(status().isBadRequest());
    mvc.perform(editForm(editKey).param("action", "jump:1")).andExpect(status().isBadRequest());
    mvc.perform(editForm(editKey).param("action", "up:one")).andExpect(status().isBadRequest());
    mvc.perform(editForm(editKey).param("items[0].id", "424242"))
        .andExpect(status().isBadRequest());
    mvc.perform(editForm(editKey).param("items[9999].sets", "1"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/routines/" + editKey + "/items").with(csrf()).param("exercise", "nope"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/routines/" + editKey + "/items").with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/routines").with(csrf()).param("exercise", "nope").params(daily()))
        .andExpect(status().isBadRequest());

    assertThat(slugs(editKey)).containsExactly("glute-bridges");
    assertThat(stored(editKey).getVersion()).isEqualTo(versionBefore);
  }

  @Test
  void refusesAFieldSentTwiceInsteadOfJoiningOrPickingOne() throws Exception {
    String editKey = routineWith("glute-bridges");
    long routinesBefore = routines.count();
    long versionBefore = stored(editKey).getVersion();

    mvc.perform(post("/routines").with(csrf()).param("name", "a", "b").params(frequency()))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/routines").with(csrf()).params(daily()).param("timesPerDay", "3"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/routines/" + editKey)
                .with(csrf())
                .param("version", String.valueOf(versionBefore))
                .param("name", "Morning", "Evening")
                .params(frequency())
                .param("items[0].id", String.valueOf(itemId(editKey, 0)))
                .param("items[0].sets", "1")
                .param("items[0].amount", "12", "50"))
        .andExpect(status().isBadRequest());

    assertThat(routines.count()).isEqualTo(routinesBefore);
    assertThat(stored(editKey).getVersion()).isEqualTo(versionBefore);
  }

  @Test
  void rejectsControlCharactersInNamesAndNotesButKeepsLineBreaksInNotes() throws Exception {
    long before = routines.count();

    Document page =
        page(
            post("/routines")
                .with(csrf())
                .param("name", "Morning\u0000hips")
                .param("notes", "Slowly\u0007")
                .params(frequency()));

    assertThat(errorSummary(page))
        .containsExactly(
            "The name has a character that cannot be typed or printed. Remove it and try again.",
            "The notes have a character that cannot be typed or printed. Remove it and try again.");
    assertThat(routines.count()).isEqualTo(before);

    String editKey =
        created(
            post("/routines")
                .with(csrf())
                .param("name", "Morning hips 🌅")
                .param("notes", "Line one\r\nLine two\twith a tab")
                .params(frequency()));
    assertThat(stored(editKey).getNotes()).isEqualTo("Line one\r\nLine two\twith a tab");
    assertThat(stored(editKey).getName()).isEqualTo("Morning hips 🌅");
  }

  @Test
  void refusesFormsWithoutAValidCsrfTokenAndChangesNothing() throws Exception {
    String editKey = routineWith("glute-bridges");

    mvc.perform(post("/routines/" + editKey).params(daily()).param("name", "Hijacked"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/routines/" + editKey)
                .with(csrf().useInvalidToken())
                .params(daily())
                .param("name", "Hijacked"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/routines/" + editKey + "/delete")).andExpect(status().isForbidden());

    assertThat(stored(editKey).getName()).isEqualTo("Morning");
  }

  @Test
  void refusesAnOversizeBody() throws Exception {
    String editKey = routineWith("glute-bridges");

    mvc.perform(
            post("/routines/" + editKey)
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("notes=" + "x".repeat(100_000)))
        .andExpect(status().isPayloadTooLarge());

    assertThat(stored(editKey).getNotes()).isNull();
  }

  @Test
  void answers404ForAnUnknownKey() throws Exception {
    mvc.perform(get("/routines/AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
    mvc.perform(get("/s/AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
    mvc.perform(post("/routines/AAAAAAAAAAAAAAAAAAAAAA").with(csrf()).params(daily()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/routines/1")).andExpect(status().isNotFound());
  }

  @Test
  void deletesARoutineOnlyAfterConfirmation() throws Exception {
    String editKey = routineWith("glute-bridges");

    Document confirm = page(get("/routines/" + editKey + "/delete"));
    assertThat(confirm.select("h1").text()).isEqualTo("Delete Morning?");
    assertThat(confirm.select("button").text()).isEqualTo("Yes, delete this routine");
    assertThat(routines.findByEditKey(editKey)).isPresent();

    mvc.perform(
            post("/routines/" + editKey + "/delete")
                .with(csrf())
                .cookie(new Cookie(RememberedRoutines.COOKIE, editKey)))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/"))
        .andExpect(flash().attribute("notice", "Deleted Morning."))
        .andExpect(cookie().maxAge(RememberedRoutines.COOKIE, 0));

    assertThat(routines.findByEditKey(editKey)).isEmpty();
    mvc.perform(get("/routines/" + editKey)).andExpect(status().isNotFound());
  }

  @Test
  void listsThisBrowsersRoutinesOnTheHomePageAndForgetsOneOnRequest() throws Exception {
    String first = routineWith("glute-bridges");
    String second = routineWith("lunges");
    Cookie both = new Cookie(RememberedRoutines.COOKIE, second + "." + first + ".not-a-key");

    Document home = page(get("/").cookie(both));
    assertThat(home.select(".routine-row a.routine-name").eachAttr("href"))
        .containsExactly("/routines/" + second, "/routines/" + first);

    MockHttpServletResponse response =
        mvc.perform(post("/routines/" + second + "/forget").with(csrf()).cookie(both))
            .andExpect(redirectedUrl("/"))
            .andReturn()
            .getResponse();
    assertThat(response.getCookie(RememberedRoutines.COOKIE).getValue()).isEqualTo(first);
    assertThat(routines.findByEditKey(second)).isPresent();
  }

  @Test
  void remembersAtMostTwentyRoutinesNewestFirst() throws Exception {
    String[] keys = new String[RememberedRoutines.MOST];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = routineWith("lunges");
    }
    Cookie full = new Cookie(RememberedRoutines.COOKIE, String.join(".", keys));

    MockHttpServletResponse response =
        mvc.perform(post("/routines").with(csrf()).cookie(full).params(daily()))
            .andReturn()
            .getResponse();

    List<String> remembered =
        List.of(response.getCookie(RememberedRoutines.COOKIE).getValue().split("\\."));
    assertThat(remembered).hasSize(RememberedRoutines.MOST);
    assertThat(remembered.get(0)).isEqualTo(response.getRedirectedUrl().substring(10));
    assertThat(remembered).doesNotContain(keys[keys.length - 1]);
  }

  private Document assertRejected(String editKey, String field, String value, String message)
      throws Exception {
    Routine before = stored(editKey);
    Document page = page(editForm(editKey).param(field, value));
    String id = field.replace("[", "-").replace("]", "").replace(".", "-");
    assertThat(fieldError(page, id)).as(field + "=" + value).contains(message);
    assertThat(page.select(".error-summary a[href=#" + id + "]").text()).contains(message);
    Routine after = stored(editKey);
    assertThat(after.getVersion()).isEqualTo(before.getVersion());
    assertThat(after.getItems())
        .extracting(RoutineItem::getSets, RoutineItem::getAmount)
        .isEqualTo(
            before.getItems().stream()
                .map(item -> tuple(item.getSets(), item.getAmount()))
                .toList());
    return page;
  }

  /** The routine's form as its edit page would post it, at the routine's current version. */
  private EditForm editForm(String editKey) {
    return editForm(editKey, stored(editKey).getVersion());
  }

  private EditForm editForm(String editKey, long version) {
    Routine routine = stored(editKey);
    EditForm form = new EditForm(editKey);
    form.param("version", String.valueOf(version)).param("name", routine.getName());
    form.param("timesPerDay", "1").param("daysPerWeek", "7");
    for (int i = 0; i < routine.getItems().size(); i++) {
      RoutineItem item = routine.getItems().get(i);
      form.param("items[" + i + "].id", item.getId().toString())
          .param("items[" + i + "].sets", String.valueOf(item.getSets()))
          .param("items[" + i + "].amount", String.valueOf(item.getAmount()));
    }
    return form;
  }

  /** Form fields where a later value replaces an earlier one, as a person's typing would. */
  private static final class EditForm implements SmartRequestBuilder {
    private final String editKey;
    private final Map<String, String> fields = new LinkedHashMap<>();

    EditForm(String editKey) {
      this.editKey = editKey;
    }

    EditForm param(String name, String value) {
      fields.put(name, value);
      return this;
    }

    MockHttpServletRequestBuilder request() {
      MockHttpServletRequestBuilder request = post("/routines/" + editKey).with(csrf());
      fields.forEach(request::param);
      return request;
    }

    @Override
    public MockHttpServletRequest buildRequest(ServletContext context) {
      return request().buildRequest(context);
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
      return request().postProcessRequest(request);
    }
  }

  private void edit(String editKey, String action, String... fieldsAndValues) throws Exception {
    EditForm form = editForm(editKey).param("action", action);
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      form.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    mvc.perform(form).andExpect(status().isFound());
  }

  private String routineWith(String... slugs) {
    RoutineForm form = RoutineForm.blank();
    form.setName("Morning");
    String editKey = editor.create(form).getEditKey();
    for (String slug : slugs) {
      editor.addExercise(editKey, slug);
    }
    return editKey;
  }

  private String created(MockHttpServletRequestBuilder request) throws Exception {
    String location =
        mvc.perform(request)
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return location.substring("/routines/".length());
  }

  /** The notice a redirect carries, as the browser sends it back. */
  private static Cookie flashCookie(MockHttpServletResponse redirect) {
    Cookie flash = redirect.getCookie("flash");
    assertThat(flash).as("a notice for the next page").isNotNull();
    return flash;
  }

  private Routine stored(String editKey) {
    return routines.findByEditKey(editKey).orElseThrow();
  }

  private List<String> slugs(String editKey) {
    return stored(editKey).getItems().stream().map(item -> item.getExercise().getSlug()).toList();
  }

  private long itemId(String editKey, int index) {
    return stored(editKey).getItems().get(index).getId();
  }

  private Document page(RequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  private static List<String> errorSummary(Document page) {
    return page.select(".error-summary li a").eachText();
  }

  private static String fieldError(Document page, String fieldId) {
    Element error = page.getElementById(fieldId + "-error");
    return error == null ? "" : error.text();
  }

  private static MultiValueMap<String, String> daily() {
    LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add("name", "Morning");
    params.addAll(frequency());
    return params;
  }

  private static MultiValueMap<String, String> frequency() {
    LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.add("timesPerDay", "1");
    params.add("daysPerWeek", "7");
    return params;
  }
}
