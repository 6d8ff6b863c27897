package org.hiproutine.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hiproutine.diary.ProgressCalendarTest.MON_WED_FRI;
import static org.hiproutine.diary.ProgressCalendarTest.START;
import static org.hiproutine.diary.ProgressCalendarTest.TODAY;
import static org.hiproutine.diary.SvgDocument.children;
import static org.hiproutine.diary.SvgDocument.moves;
import static org.hiproutine.diary.SvgDocument.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ProgressChartsTest {

  private static final ChartWords WORDS = DiaryWords.english();

  /** The calendar starts on Monday 2 March: the week of 11 May is row 10, this week row 11. */
  private static final List<LocalDate> ENTRIES =
      List.of(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 18));

  private static final double DAY_WIDTH = (392 - 52) / 84.0;

  private static String calendar(Schedule schedule) {
    return ProgressCharts.calendar(
        ProgressCalendar.of(schedule, START, ENTRIES, TODAY),
        "Your last 12 weeks",
        "One row a week, oldest first.",
        WORDS);
  }

  private static LocalDate march(int day) {
    return LocalDate.of(2026, 3, day);
  }

  /** A week of entries with every kind of point, gap and advice. */
  private static List<PainPoint> painPoints() {
    return List.of(
        new PainPoint(march(2), 2, 3, Advice.GREEN),
        new PainPoint(march(4), 4, null, Advice.NONE),
        new PainPoint(march(6), null, 5, Advice.AMBER),
        new PainPoint(march(9), 1, 6, Advice.RED),
        new PainPoint(march(11), null, null, Advice.URGENT),
        new PainPoint(march(13), 2, 2, Advice.GREEN),
        new PainPoint(march(13), 2, 3, Advice.GREEN));
  }

  private static String painLine(List<PainPoint> points) {
    return ProgressCharts.painLine(
        PainLine.of(points, TODAY), "Pain before and after", "Scores 0 to 10.", WORDS);
  }

  /** Where a day's only entry sits across the pain line. */
  private static double x(LocalDate day) {
    return 52 + (day.toEpochDay() - march(2).toEpochDay() + 0.5) * DAY_WIDTH;
  }

  private static double y(int score) {
    return 236 - score * 14;
  }

  /** The cells of one state; a state no day is in has no group. */
  private static List<Element> cells(SvgDocument svg, String state) {
    return svg.allByClass("day-" + state).stream()
        .flatMap(group -> children(group, "rect").stream())
        .toList();
  }

  @Test
  void drawsEightyFourDayCells() {
    SvgDocument svg = new SvgDocument(calendar(MON_WED_FRI));

    int cells = 0;
    for (String state : List.of("done", "missed", "not-planned", "today", "future")) {
      cells += cells(svg, state).size();
    }
    assertThat(cells).isEqualTo(84);
  }

  @Test
  void marksDaysDoneWithATickAndDaysMissedWithACross() {
    SvgDocument svg = new SvgDocument(calendar(MON_WED_FRI));

    // Done: Monday 11 May (row 10, column 0), Tuesday 12 May, Monday 18 May (row 11).
    assertThat(cells(svg, "done"))
        .extracting(cell -> number(cell, "x") + "," + number(cell, "y"))
        .containsExactly("62.0,364.0", "96.0,364.0", "62.0,398.0");
    assertThat(moves(svg.byClass("mark-done"))).isEqualTo(3);
    // Missed: every Monday, Wednesday and Friday from 16 March to 15 May but Monday 11 May.
    assertThat(cells(svg, "missed")).hasSize(26);
    assertThat(cells(svg, "missed"))
        .extracting(cell -> number(cell, "x") + "," + number(cell, "y"))
        .contains("130.8,364.8")
        .doesNotContain("62.8,364.8");
    assertThat(moves(svg.byClass("mark-missed"))).isEqualTo(26);
  }

  @Test
  void ringsTodayAndDrawsDaysToComeDotted() {
    SvgDocument svg = new SvgDocument(calendar(MON_WED_FRI));

    Element today = cells(svg, "today").get(0);
    assertThat(number(today, "x")).isEqualTo(130.8);
    assertThat(number(today, "y")).isEqualTo(398.8);
    Element ring = children(svg.byClass("today-ring"), "rect").get(0);
    assertThat(number(ring, "x")).isEqualTo(127);
    assertThat(number(ring, "y")).isEqualTo(395);
    assertThat(ring.getAttribute("stroke-width")).isEqualTo("2.5");
    assertThat(cells(svg, "future")).hasSize(4);
    assertThat(svg.byClass("day-future").getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(cells(svg, "not-planned")).hasSize(50);
  }

  @Test
  void givesEveryStateOfTheLegendItsOwnMark() {
    SvgDocument svg = new SvgDocument(calendar(MON_WED_FRI));

    assertThat(svg.byClass("legend-done").getTextContent()).isEqualTo("Done");
    assertThat(children(svg.byClass("legend-done"), "path")).hasSize(1);
    assertThat(svg.byClass("legend-missed").getTextContent()).isEqualTo("Missed");
    assertThat(svg.byClass("legend-missed").getElementsByTagNameNS("*", "path").getLength())
        .isEqualTo(1);
    assertThat(svg.byClass("legend-notPlanned").getTextContent()).isEqualTo("Not planned");
    assertThat(svg.byClass("legend-today").getElementsByTagNameNS("*", "rect").getLength())
        .isEqualTo(2);
    assertThat(svg.byClass("legend-future").getElementsByTagNameNS("*", "g").item(0))
        .extracting(g -> ((Element) g).getAttribute("stroke-dasharray"))
        .isEqualTo("2 3");
  }

  @Test
  void countsDaysDoneAgainstPlannedAndTicksWeeksWithThePlanMet() {
    List<LocalDate> fullWeek =
        List.of(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 15));
    SvgDocument svg =
        new SvgDocument(
            ProgressCharts.calendar(
                ProgressCalendar.of(MON_WED_FRI, START, fullWeek, TODAY), "t", "d", WORDS));

    assertThat(svg.root.getTextContent()).contains("3/3", "0/3");
    assertThat(moves(svg.byClass("mark-plan-met"))).isEqualTo(1);
  }

  @Test
  void marksNoDayMissedWhenOnlyANumberOfDaysAWeekIsPlanned() {
    SvgDocument svg = new SvgDocument(calendar(Schedule.daysAWeek(3)));

    assertThat(svg.all()).noneMatch(e -> e.getAttribute("class").contains("missed"));
    assertThat(svg.byClass("legend-noSession").getTextContent()).isEqualTo("No session");
    assertThat(cells(svg, "not-planned")).hasSize(76);
  }

  @Test
  void isLabelledByItsTitleAndDescription() {
    for (String chart : List.of(calendar(MON_WED_FRI), painLine(painPoints()))) {
      SvgDocument svg = new SvgDocument(chart);

      assertThat(svg.root.getNamespaceURI()).isEqualTo(SvgDocument.SVG);
      assertThat(svg.root.getAttribute("role")).isEqualTo("img");
      assertThat(svg.root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
      String[] labelledBy = svg.root.getAttribute("aria-labelledby").split(" ");
      assertThat(labelledBy).hasSize(2);
      assertThat(svg.byId(labelledBy[0]).getLocalName()).isEqualTo("title");
      assertThat(svg.byId(labelledBy[1]).getLocalName()).isEqualTo("desc");
      assertThat(svg.byId(labelledBy[0]).getTextContent()).isNotBlank();
      assertThat(svg.byId(labelledBy[1]).getTextContent()).isNotBlank();
    }
  }

  @Test
  void hasNoInlineStyles() {
    for (String chart : List.of(calendar(MON_WED_FRI), painLine(painPoints()))) {
      SvgDocument svg = new SvgDocument(chart);

      assertThat(svg.all()).noneMatch(e -> e.hasAttribute("style"));
      assertThat(svg.all()).extracting(Element::getLocalName).doesNotContain("style", "script");
    }
  }

  @Test
  void escapesTheWordsItIsGiven() {
    ChartWords words = DiaryWords.english(Map.of("diary.chart.day.mon", "M<o>n & \"1\""));
    String chart =
        ProgressCharts.calendar(
            ProgressCalendar.of(MON_WED_FRI, START, ENTRIES, TODAY),
            "Weeks <b>&</b>",
            "It's \"done\" < planned",
            words);
    SvgDocument svg = new SvgDocument(chart);

    assertThat(svg.byId("diary-calendar-title").getTextContent()).isEqualTo("Weeks <b>&</b>");
    assertThat(svg.byId("diary-calendar-desc").getTextContent())
        .isEqualTo("It's \"done\" < planned");
    assertThat(svg.root.getTextContent()).contains("M<o>n & \"1\"");
    assertThat(chart).doesNotContain("<b>");
  }

  @Test
  void drawsTheSameBytesForTheSameDiary() {
    assertThat(calendar(MON_WED_FRI)).isEqualTo(calendar(MON_WED_FRI));
    assertThat(painLine(painPoints())).isEqualTo(painLine(new ArrayList<>(painPoints())));
  }

  @Test
  void placesEachScoreAtItsDayAndHeight() {
    SvgDocument svg = new SvgDocument(painLine(painPoints()));

    List<Element> before = children(svg.byClass("points-before"), "circle");
    assertThat(before).hasSize(5);
    assertThat(number(before.get(0), "cx")).isCloseTo(x(march(2)), within(0.05));
    assertThat(number(before.get(0), "cy")).isEqualTo(y(2));
    assertThat(number(before.get(1), "cx")).isCloseTo(x(march(4)), within(0.05));
    assertThat(number(before.get(1), "cy")).isEqualTo(y(4));
    List<Element> green = children(svg.byClass("advice-green"), "circle");
    assertThat(green).hasSize(3);
    assertThat(number(green.get(0), "cx")).isCloseTo(x(march(2)), within(0.05));
    assertThat(number(green.get(0), "cy")).isEqualTo(y(3));
    assertThat(y(0)).isEqualTo(236);
    assertThat(y(10)).isEqualTo(96);
  }

  @Test
  void sharesADayBetweenItsEntries() {
    SvgDocument svg = new SvgDocument(painLine(painPoints()));

    List<Element> green = children(svg.byClass("advice-green"), "circle");
    double dayLeft = 52 + 11 * DAY_WIDTH;
    assertThat(number(green.get(1), "cx")).isCloseTo(dayLeft + DAY_WIDTH / 4, within(0.05));
    assertThat(number(green.get(2), "cx")).isCloseTo(dayLeft + DAY_WIDTH * 3 / 4, within(0.05));
    assertThat(number(green.get(2), "cy")).isEqualTo(y(3));
  }

  @Test
  void breaksEachLineWhereAScoreIsMissing() {
    SvgDocument svg = new SvgDocument(painLine(painPoints()));

    // After: 2 March | gap | 6 and 9 March | gap | 13 March twice.
    assertThat(moves(svg.byClass("line-after"))).isEqualTo(3);
    assertThat(svg.byClass("line-after").getAttribute("d")).startsWith("M54 194");
    // Before: 2 and 4 March | gap | 9 March | gap | 13 March twice.
    assertThat(moves(svg.byClass("line-before"))).isEqualTo(3);
    assertThat(svg.byClass("line-before").getAttribute("stroke-dasharray")).isNotEmpty();
  }

  @Test
  void showsTheAdviceAsTheShapeOfThePointAfter() {
    SvgDocument svg = new SvgDocument(painLine(painPoints()));

    Element amber = children(svg.byClass("advice-amber"), "path").get(0);
    assertThat(amber.getAttribute("d")).startsWith("M" + Math.round(x(march(6)) * 10) / 10.0);
    assertThat(amber.getAttribute("d")).contains(" " + (y(5) - 5.5));
    Element red = children(svg.byClass("advice-red"), "rect").get(0);
    assertThat(number(red, "x") + 4).isCloseTo(x(march(9)), within(0.05));
    assertThat(number(red, "y") + 4).isEqualTo(y(6));
    assertThat(children(svg.byClass("advice-amber"), "circle")).isEmpty();
    assertThat(children(svg.byClass("advice-red"), "circle")).isEmpty();
  }

  @Test
  void putsAdviceGivenWithoutAScoreAfterInALaneUnderTheLine() {
    SvgDocument svg = new SvgDocument(painLine(painPoints()));

    Element urgent = children(svg.byClass("advice-urgent"), "path").get(0);
    assertThat(urgent.getAttribute("d")).contains(" 244.5");
    assertThat(svg.allByClass("advice-none")).isEmpty();
    assertThat(svg.root.getTextContent()).contains("No score");
  }

  @Test
  void shrinksTheMarkersWhenEntriesCrowdTheLine() {
    List<PainPoint> daily = new ArrayList<>();
    for (LocalDate day = march(2); !day.isAfter(march(2).plusDays(40)); day = day.plusDays(1)) {
      daily.add(new PainPoint(day, 1, 2, Advice.GREEN));
    }

    Element sparse =
        children(new SvgDocument(painLine(painPoints())).byClass("advice-green"), "circle").get(0);
    Element crowded =
        children(new SvgDocument(painLine(daily)).byClass("advice-green"), "circle").get(0);

    assertThat(number(sparse, "r")).isEqualTo(4);
    assertThat(number(crowded, "r")).isEqualTo(3.3);
  }

  @Test
  void marksOnlyTheAdviceThatAsksForCareWhenEvenSmallMarkersWouldTouch() {
    List<PainPoint> twiceADay = new ArrayList<>();
    for (LocalDate day = march(2); !day.isAfter(TODAY); day = day.plusDays(1)) {
      twiceADay.add(new PainPoint(day, 1, 2, Advice.GREEN));
      twiceADay.add(
          new PainPoint(
              day,
              1,
              day.equals(march(9)) ? 5 : 2,
              day.equals(march(9)) ? Advice.AMBER : Advice.GREEN));
    }

    SvgDocument svg = new SvgDocument(painLine(twiceADay));

    assertThat(svg.all()).noneMatch(e -> e.getAttribute("class").equals("advice-green"));
    assertThat(svg.all()).noneMatch(e -> e.getAttribute("class").equals("points-before"));
    assertThat(svg.byClass("line-after")).isNotNull();
    assertThat(children(svg.byClass("advice-amber"), "path")).hasSize(1);
  }

  @Test
  void labelsTheScaleAtZeroFiveAndTenAndTheDatesOfEveryOtherWeek() {
    SvgDocument svg = new SvgDocument(painLine(painPoints()));

    assertThat(svg.root.getTextContent())
        .contains("Pain: 0 = no pain, 10 = the worst pain you can imagine")
        .contains("2 Mar", "16 Mar", "11 May")
        .doesNotContain("9 Mar");
    assertThat(moves(svg.byClass("gridlines"))).isEqualTo(3);
  }

  @Test
  void leavesOutEntriesOutsideTheTwelveWeeks() {
    List<PainPoint> points =
        List.of(
            new PainPoint(march(1), 2, 9, Advice.RED),
            new PainPoint(march(2), 2, 3, Advice.GREEN),
            new PainPoint(LocalDate.of(2026, 5, 25), 2, 9, Advice.RED));

    PainLine line = PainLine.of(points, TODAY);

    assertThat(line.points()).extracting(PainPoint::day).containsExactly(march(2));
    SvgDocument svg = new SvgDocument(painLine(points));
    assertThat(svg.allByClass("advice-red")).isEmpty();
    assertThat(children(svg.byClass("advice-green"), "circle")).hasSize(1);
  }

  @Test
  void tellsTheCallerWhenThereIsNoScoreToDraw() {
    PainLine empty = PainLine.of(List.of(), TODAY);
    PainLine withoutScores =
        PainLine.of(List.of(new PainPoint(march(4), null, null, Advice.URGENT)), TODAY);

    assertThat(empty.hasScores()).isFalse();
    assertThat(withoutScores.hasScores()).isFalse();
    assertThat(PainLine.of(painPoints(), TODAY).hasScores()).isTrue();
    SvgDocument svg = new SvgDocument(painLine(List.of()));
    assertThat(svg.byClass("points-before").getChildNodes().getLength()).isZero();
    assertThat(svg.allByClass("line-before")).isEmpty();
    assertThat(svg.root.getTextContent()).doesNotContain("No score");
    assertThat(svg.all()).noneMatch(e -> e.getAttribute("class").startsWith("advice-"));
    assertThat(moves(svg.byClass("gridlines"))).isEqualTo(3);
  }

  @Test
  void drawsOnlyTheLastTwelveWeeksOfTwoYearsOfDailyEntries() {
    List<LocalDate> days = new ArrayList<>();
    List<PainPoint> points = new ArrayList<>();
    for (LocalDate day = TODAY.minusDays(729); !day.isAfter(TODAY); day = day.plusDays(1)) {
      days.add(day);
      int after = (int) (day.toEpochDay() % 8);
      points.add(new PainPoint(day, 2, after, after >= 6 ? Advice.RED : Advice.GREEN));
    }

    SvgDocument calendar =
        new SvgDocument(
            ProgressCharts.calendar(
                ProgressCalendar.of(MON_WED_FRI, days.get(0), days, TODAY), "t", "d", WORDS));
    SvgDocument line =
        new SvgDocument(ProgressCharts.painLine(PainLine.of(points, TODAY), "t", "d", WORDS));

    assertThat(cells(calendar, "done")).hasSize(80);
    assertThat(
            line.byClass("line-after").getAttribute("d").chars().filter(c -> c == 'M' || c == 'L'))
        .as("one point a day of the twelve weeks so far")
        .hasSize(80);
  }

  @Test
  void drawsTheChartsForPaperInBlackWhiteAndGreys() {
    String colour = calendar(MON_WED_FRI) + painLine(painPoints());
    String paper = ProgressCharts.inBlackAndWhite(colour);

    assertThat(colour).contains("#1d4f91").contains("#c0172c");
    java.util.regex.Matcher colours =
        java.util.regex.Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b").matcher(paper);
    List<String> used = new ArrayList<>();
    while (colours.find()) {
      used.add(colours.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(used)
        .isNotEmpty()
        .allSatisfy(
            hex -> {
              String rgb = hex.length() == 3 ? hex.replaceAll("(.)", "$1$1") : hex;
              assertThat(rgb.substring(0, 2))
                  .as("#" + hex + " is a grey")
                  .isEqualTo(rgb.substring(2, 4))
                  .isEqualTo(rgb.substring(4, 6));
            });
  }
}
