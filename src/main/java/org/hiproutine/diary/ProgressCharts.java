package org.hiproutine.diary;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The diary's two progress charts as SVG text, drawn on the server so they need no script and print
 * the same in the browser and the PDF (openhtmltopdf draws them with Batik: basic shapes and paths
 * only). Every state has a shape or mark as well as a colour, so the charts read in black and white
 * and for people who do not see colours apart. Each chart is meant to appear once on a page: its
 * title and description ids are fixed.
 */
public final class ProgressCharts {

  private static final String TEXT = "#1b1b1b";
  private static final String BRAND = "#1d4f91";
  private static final String MISSED = "#a63d00";
  private static final String REST = "#e2e6eb";
  private static final String QUIET = "#5f6b7a";
  private static final String RULE = "#b9c0c8";
  private static final String FAINT = "#e8ebef";

  // The calendar: a label column, seven day columns and a column of days done / planned.
  private static final int CELL = 28;
  private static final int PITCH = 34;
  private static final int GRID_LEFT = 62;
  private static final int GRID_TOP = 24;
  private static final int COUNT_MIDDLE = GRID_LEFT + 7 * PITCH + 20;
  private static final int CALENDAR_WIDTH = COUNT_MIDDLE + 30;
  private static final int LEGEND_TOP = GRID_TOP + ProgressCalendar.WEEKS * PITCH + 14;
  private static final int LEGEND_ROW = 24;
  private static final int LEGEND_COLUMN = 170;

  // The pain line: a legend on top, the plot, a lane under it for advice given with no after score.
  private static final int PAIN_WIDTH = 400;
  private static final int PLOT_LEFT = 52;
  private static final int PLOT_RIGHT = 392;
  private static final int PLOT_TOP = 96;
  private static final int PLOT_BOTTOM = 236;
  private static final int ADVICE_LANE = 250;
  private static final int DATE_LINE = 270;
  private static final int PAIN_HEIGHT = 278;
  private static final double PER_POINT = (PLOT_BOTTOM - PLOT_TOP) / 10.0;
  private static final double MARKER = 10;

  private ProgressCharts() {}

  /** Each colour of the charts and the grey that stands for it on paper. */
  private static final Map<String, String> GREYS =
      Map.ofEntries(
          Map.entry(TEXT, "#000"),
          Map.entry(BRAND, "#000"),
          Map.entry(MISSED, "#000"),
          Map.entry(REST, "#e6e6e6"),
          Map.entry(QUIET, "#555"),
          Map.entry(RULE, "#999"),
          Map.entry(FAINT, "#eee"),
          Map.entry("#1e7a3c", "#fff"),
          Map.entry("#f2b705", "#ccc"),
          Map.entry("#c0172c", "#666"),
          Map.entry("#5b2a86", "#000"));

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

  /**
   * A chart in black, white and greys, for paper: the marks and shapes tell the states apart, and a
   * black-and-white printer prints exactly what the page shows.
   */
  public static String inBlackAndWhite(String chart) {
    return COLOUR.matcher(chart).replaceAll(colour -> GREYS.getOrDefault(colour.group(), "#000"));
  }

  /** The twelve-week calendar: one row a week, oldest at the top, Monday to Sunday. */
  public static String calendar(
      ProgressCalendar calendar, String title, String description, ChartWords words) {
    boolean daysChosen = calendar.schedule().daysChosen();
    int legendItems = daysChosen ? 5 : 4;
    int height = LEGEND_TOP + (legendItems + 1) / 2 * LEGEND_ROW;
    Svg svg = new Svg("diary-calendar", CALENDAR_WIDTH, height, 12, title, description);

    svg.raw("<g text-anchor=\"middle\">");
    for (DayOfWeek day : DayOfWeek.values()) {
      svg.label(cellX(day.ordinal()) + CELL / 2.0, GRID_TOP - 8, words.text(dayKey(day)));
    }
    svg.label(COUNT_MIDDLE, GRID_TOP - 8, words.text("diary.chart.calendar.done"));
    svg.raw("</g><g text-anchor=\"end\">");
    List<ProgressCalendar.Week> weeks = calendar.weeks();
    for (int row = 0; row < weeks.size(); row++) {
      svg.label(GRID_LEFT - 8, cellY(row) + 18.5, words.date(weeks.get(row).monday()));
    }
    svg.raw("</g><g text-anchor=\"middle\">");
    for (int row = 0; row < weeks.size(); row++) {
      ProgressCalendar.Week week = weeks.get(row);
      if (week.daysPlanned() == 0 && week.daysDone() == 0) {
        continue;
      }
      svg.raw("<text x=\"").num(COUNT_MIDDLE).raw("\" y=\"").num(cellY(row) + 18.5);
      svg.raw(week.planMet() ? "\" font-weight=\"bold\">" : "\">");
      svg.raw(Integer.toString(week.daysDone()))
          .raw('/')
          .raw(Integer.toString(week.daysPlanned()))
          .raw("</text>");
    }
    svg.raw("</g>");
    if (weeks.stream().anyMatch(ProgressCalendar.Week::planMet)) {
      svg.raw("<path class=\"mark-plan-met\" fill=\"none\" stroke=\"")
          .raw(BRAND)
          .raw("\" stroke-width=\"2.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"");
      for (int row = 0; row < weeks.size(); row++) {
        if (weeks.get(row).planMet()) {
          svg.raw('M').point(COUNT_MIDDLE + 16, cellY(row) + 14).raw("l3.5 3.5 6.5-7.5");
        }
      }
      svg.raw("\"/>");
    }

    cells(svg, weeks, DayState.NOT_PLANNED, "<g class=\"day-not-planned\" fill=\"" + REST + "\">");
    cells(
        svg,
        weeks,
        DayState.FUTURE,
        "<g class=\"day-future\" fill=\"none\" stroke=\""
            + QUIET
            + "\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\">");
    cells(
        svg,
        weeks,
        DayState.TODAY,
        "<g class=\"day-today\" fill=\"#fff\" stroke=\"" + TEXT + "\" stroke-width=\"1.5\">");
    cells(
        svg,
        weeks,
        DayState.MISSED,
        "<g class=\"day-missed\" fill=\"#fff\" stroke=\"" + MISSED + "\" stroke-width=\"1.5\">");
    marks(svg, weeks, DayState.MISSED, MISSED, "2.5");
    cells(svg, weeks, DayState.DONE, "<g class=\"day-done\" fill=\"" + BRAND + "\">");
    marks(svg, weeks, DayState.DONE, "#fff", "3");
    todayRing(svg, weeks);

    calendarLegend(svg, daysChosen, words);
    return svg.close();
  }

  private static String dayKey(DayOfWeek day) {
    return "diary.chart.day."
        + day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static double cellX(int column) {
    return GRID_LEFT + column * PITCH;
  }

  private static double cellY(int row) {
    return GRID_TOP + row * PITCH;
  }

  private static boolean any(List<ProgressCalendar.Week> weeks, DayState state) {
    return weeks.stream().flatMap(week -> week.days().stream()).anyMatch(d -> d.state() == state);
  }

  private static void cells(
      Svg svg, List<ProgressCalendar.Week> weeks, DayState state, String group) {
    if (!any(weeks, state)) {
      return;
    }
    svg.raw(group);
    forEachDay(weeks, state, (x, y) -> cell(svg, state, x, y, CELL));
    svg.raw("</g>");
  }

  private static void cell(Svg svg, DayState state, double x, double y, double size) {
    // Outlined cells are drawn inside their box, so every state has the same outer size.
    double inset = state == DayState.NOT_PLANNED || state == DayState.DONE ? 0 : 0.75;
    svg.raw("<rect x=\"")
        .num(x + inset)
        .raw("\" y=\"")
        .num(y + inset)
        .raw("\" width=\"")
        .num(size - 2 * inset)
        .raw("\" height=\"")
        .num(size - 2 * inset)
        .raw("\" rx=\"3\"/>");
  }

  /** A tick on each day done, a cross on each day missed: one path for all of them. */
  private static void marks(
      Svg svg, List<ProgressCalendar.Week> weeks, DayState state, String colour, String width) {
    if (!any(weeks, state)) {
      return;
    }
    svg.raw("<path class=\"mark-")
        .raw(state == DayState.DONE ? "done" : "missed")
        .raw("\" fill=\"none\" stroke=\"")
        .raw(colour)
        .raw("\" stroke-width=\"")
        .raw(width)
        .raw("\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"");
    forEachDay(weeks, state, (x, y) -> mark(svg, state, x, y, CELL));
    svg.raw("\"/>");
  }

  private static void mark(Svg svg, DayState state, double x, double y, double size) {
    double unit = size / CELL;
    if (state == DayState.DONE) {
      svg.raw('M').point(x + 7 * unit, y + 14.5 * unit);
      svg.raw('l').point(5 * unit, 5 * unit).raw('l').point(9 * unit, -10 * unit);
    } else {
      svg.raw('M').point(x + 9 * unit, y + 9 * unit).raw('l').point(10 * unit, 10 * unit);
      svg.raw('m').point(0, -10 * unit).raw('l').point(-10 * unit, 10 * unit);
    }
  }

  private static void todayRing(Svg svg, List<ProgressCalendar.Week> weeks) {
    for (int row = 0; row < weeks.size(); row++) {
      List<ProgressCalendar.Day> days = weeks.get(row).days();
      for (int column = 0; column < days.size(); column++) {
        if (days.get(column).today()) {
          svg.raw("<g class=\"today-ring\">");
          ring(svg, cellX(column), cellY(row), CELL);
          svg.raw("</g>");
        }
      }
    }
  }

  private static void ring(Svg svg, double x, double y, double size) {
    svg.raw("<rect fill=\"none\" stroke=\"")
        .raw(TEXT)
        .raw("\" stroke-width=\"2.5\" x=\"")
        .num(x - 3)
        .raw("\" y=\"")
        .num(y - 3)
        .raw("\" width=\"")
        .num(size + 6)
        .raw("\" height=\"")
        .num(size + 6)
        .raw("\" rx=\"5\"/>");
  }

  private interface CellAt {
    void draw(double x, double y);
  }

  private static void forEachDay(List<ProgressCalendar.Week> weeks, DayState state, CellAt at) {
    for (int row = 0; row < weeks.size(); row++) {
      List<ProgressCalendar.Day> days = weeks.get(row).days();
      for (int column = 0; column < days.size(); column++) {
        if (days.get(column).state() == state) {
          at.draw(cellX(column), cellY(row));
        }
      }
    }
  }

  private static void calendarLegend(Svg svg, boolean daysChosen, ChartWords words) {
    DayState[] states =
        daysChosen
            ? new DayState[] {
              DayState.DONE, DayState.MISSED, DayState.NOT_PLANNED, DayState.TODAY, DayState.FUTURE
            }
            : new DayState[] {DayState.DONE, DayState.NOT_PLANNED, DayState.TODAY, DayState.FUTURE};
    for (int i = 0; i < states.length; i++) {
      DayState state = states[i];
      double x = 8 + (i % 2) * LEGEND_COLUMN;
      double y = LEGEND_TOP + (i / 2) * LEGEND_ROW;
      int size = 16;
      svg.raw("<g class=\"legend-").raw(legendKey(state, daysChosen)).raw("\">");
      switch (state) {
        case DONE -> {
          svg.raw("<g fill=\"").raw(BRAND).raw("\">");
          cell(svg, state, x, y, size);
          svg.raw("</g><path fill=\"none\" stroke=\"#fff\" stroke-width=\"2\" d=\"");
          mark(svg, state, x, y, size);
          svg.raw("\"/>");
        }
        case MISSED -> {
          svg.raw("<g fill=\"#fff\" stroke=\"").raw(MISSED).raw("\" stroke-width=\"1.5\">");
          cell(svg, state, x, y, size);
          svg.raw("<path fill=\"none\" stroke-width=\"2\" d=\"");
          mark(svg, state, x, y, size);
          svg.raw("\"/></g>");
        }
        case NOT_PLANNED -> {
          svg.raw("<g fill=\"").raw(REST).raw("\">");
          cell(svg, state, x, y, size);
          svg.raw("</g>");
        }
        case TODAY -> {
          svg.raw("<g fill=\"#fff\" stroke=\"").raw(TEXT).raw("\" stroke-width=\"1.5\">");
          cell(svg, state, x, y, size);
          svg.raw("</g>");
          ring(svg, x, y, size);
        }
        case FUTURE -> {
          svg.raw("<g fill=\"none\" stroke=\"")
              .raw(QUIET)
              .raw("\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\">");
          cell(svg, state, x, y, size);
          svg.raw("</g>");
        }
      }
      svg.label(
          x + size + 8, y + 12.5, words.text("diary.chart.legend." + legendKey(state, daysChosen)));
      svg.raw("</g>");
    }
  }

  private static String legendKey(DayState state, boolean daysChosen) {
    return switch (state) {
      case DONE -> "done";
      case MISSED -> "missed";
      case NOT_PLANNED -> daysChosen ? "notPlanned" : "noSession";
      case TODAY -> "today";
      case FUTURE -> "future";
    };
  }

  /**
   * Pain before (dashed grey, hollow circles) and after (solid dark, the advice as the marker's
   * shape) each entry over the twelve weeks; a missing score breaks its line.
   */
  public static String painLine(PainLine line, String title, String description, ChartWords words) {
    Svg svg = new Svg("diary-pain", PAIN_WIDTH, PAIN_HEIGHT, 13, title, description);
    painLegend(svg, words);
    painGrid(svg, line, words);
    double[] xs = xs(line);
    List<PainPoint> points = line.points();
    // Markers shrink when entries crowd (several a day), so the line between them stays visible.
    double spacing = (double) (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, points.size());
    double size = Math.max(MARKER * 0.6, Math.min(MARKER, spacing));
    // Too crowded even for small markers (daily entries for weeks): the lines alone show the
    // scores, and only the advice that asks for care (Amber, Red, Urgent) keeps its mark.
    boolean crowded = spacing < MARKER * 0.6;

    series(
        svg,
        points,
        xs,
        true,
        "<path class=\"line-before\" fill=\"none\" stroke=\""
            + QUIET
            + "\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\" d=\"");
    series(
        svg,
        points,
        xs,
        false,
        "<path class=\"line-after\" fill=\"none\" stroke=\""
            + TEXT
            + "\" stroke-width=\"2\" stroke-linejoin=\"round\" d=\"");
    if (!crowded) {
      svg.raw("<g class=\"points-before\" fill=\"#fff\" stroke=\"")
          .raw(QUIET)
          .raw("\" stroke-width=\"1.5\">");
      for (int i = 0; i < points.size(); i++) {
        if (points.get(i).before() != null) {
          svg.circle(xs[i], y(points.get(i).before()), size * 0.3);
        }
      }
      svg.raw("</g>");
    }
    for (Advice advice : Advice.values()) {
      if (crowded && advice.compareTo(Advice.AMBER) < 0) {
        continue;
      }
      if (points.stream()
          .noneMatch(p -> p.advice() == advice && (p.after() != null || advice.given()))) {
        continue;
      }
      svg.raw("<g class=\"advice-")
          .raw(advice.name().toLowerCase(Locale.ROOT))
          .raw("\" fill=\"")
          .raw(colour(advice))
          .raw("\" stroke=\"")
          .raw(TEXT)
          .raw("\" stroke-width=\"1\">");
      for (int i = 0; i < points.size(); i++) {
        PainPoint point = points.get(i);
        if (point.after() != null && point.advice() == advice) {
          marker(svg, advice, xs[i], y(point.after()), size);
        } else if (point.after() == null && advice.given() && point.advice() == advice) {
          marker(svg, advice, xs[i], ADVICE_LANE, size);
        }
      }
      svg.raw("</g>");
    }
    return svg.close();
  }

  /** Where each entry sits across: its day's slot, shared evenly by the entries of that day. */
  private static double[] xs(PainLine line) {
    List<PainPoint> points = line.points();
    double dayWidth = (double) (PLOT_RIGHT - PLOT_LEFT) / line.days();
    long first = line.firstDay().toEpochDay();
    double[] xs = new double[points.size()];
    int start = 0;
    while (start < points.size()) {
      int end = start;
      while (end < points.size() && points.get(end).day().equals(points.get(start).day())) {
        end++;
      }
      double dayLeft = PLOT_LEFT + (points.get(start).day().toEpochDay() - first) * dayWidth;
      for (int i = start; i < end; i++) {
        xs[i] = dayLeft + dayWidth * (i - start + 0.5) / (end - start);
      }
      start = end;
    }
    return xs;
  }

  private static double y(int score) {
    return PLOT_BOTTOM - score * PER_POINT;
  }

  /** One line through a series, broken where a score is missing; none if it has no score. */
  private static void series(
      Svg svg, List<PainPoint> points, double[] xs, boolean before, String path) {
    if (points.stream().allMatch(p -> (before ? p.before() : p.after()) == null)) {
      return;
    }
    svg.raw(path);
    boolean drawing = false;
    for (int i = 0; i < points.size(); i++) {
      Integer score = before ? points.get(i).before() : points.get(i).after();
      if (score == null) {
        drawing = false;
        continue;
      }
      svg.raw(drawing ? 'L' : 'M').point(xs[i], y(score));
      drawing = true;
    }
    svg.raw("\"/>");
  }

  private static String colour(Advice advice) {
    return switch (advice) {
      case NONE -> TEXT;
      case GREEN -> "#1e7a3c";
      case AMBER -> "#f2b705";
      case RED -> "#c0172c";
      case URGENT -> "#5b2a86";
    };
  }

  /**
   * Green a circle, Amber a triangle, Red a square, Urgent a diamond: shape, not colour alone. The
   * size is the width of an Amber triangle.
   */
  private static void marker(Svg svg, Advice advice, double x, double y, double size) {
    double half = size / 2;
    switch (advice) {
      case NONE -> svg.circle(x, y, size / 4);
      case GREEN -> svg.circle(x, y, size * 0.4);
      case AMBER ->
          svg.raw("<path d=\"M")
              .point(x, y - size * 0.55)
              .raw('l')
              .point(half, size * 0.9)
              .raw('h')
              .num(-size)
              .raw("z\"/>");
      case RED -> svg.rect(x - size * 0.4, y - size * 0.4, size * 0.8, size * 0.8);
      case URGENT ->
          svg.raw("<path d=\"M")
              .point(x, y - size * 0.55)
              .raw('l')
              .point(size * 0.55, size * 0.55)
              .raw('l')
              .point(-size * 0.55, size * 0.55)
              .raw('l')
              .point(-size * 0.55, -size * 0.55)
              .raw("z\"/>");
    }
  }

  private static void painGrid(Svg svg, PainLine line, ChartWords words) {
    double dayWidth = (double) (PLOT_RIGHT - PLOT_LEFT) / line.days();
    svg.raw("<path class=\"week-lines\" stroke=\"").raw(FAINT).raw("\" d=\"");
    for (int week = 1; week < ProgressCalendar.WEEKS; week++) {
      svg.raw('M').point(PLOT_LEFT + week * 7 * dayWidth, PLOT_TOP).raw('V').num(PLOT_BOTTOM + 4);
    }
    svg.raw("\"/><path class=\"gridlines\" stroke=\"").raw(RULE).raw("\" d=\"");
    for (int score = 0; score <= 10; score += 5) {
      svg.raw('M').point(PLOT_LEFT, y(score)).raw('H').num(PLOT_RIGHT);
    }
    svg.raw("\"/><g text-anchor=\"end\">");
    for (int score = 0; score <= 10; score += 5) {
      svg.label(PLOT_LEFT - 6, y(score) + 4, Integer.toString(score));
    }
    if (line.points().stream().anyMatch(p -> p.after() == null && p.advice().given())) {
      svg.raw("<g font-size=\"10\" fill=\"").raw(QUIET).raw("\">");
      svg.label(PLOT_LEFT - 6, ADVICE_LANE + 3.5, words.text("diary.chart.pain.noScore"));
      svg.raw("</g>");
    }
    svg.raw("</g>");
    svg.label(8, 16, words.text("diary.chart.pain.axis"));
    svg.raw("<g fill=\"").raw(QUIET).raw("\">");
    for (int week = 0; week < ProgressCalendar.WEEKS; week += 2) {
      svg.label(
          PLOT_LEFT + week * 7 * dayWidth + 2,
          DATE_LINE,
          words.date(line.firstDay().plusWeeks(week)));
    }
    svg.raw("</g>");
  }

  private static void painLegend(Svg svg, ChartWords words) {
    svg.raw("<g class=\"legend\">");
    svg.raw("<path fill=\"none\" stroke=\"")
        .raw(QUIET)
        .raw("\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\" d=\"M8 34h26\"/>");
    svg.raw("<g fill=\"#fff\" stroke=\"").raw(QUIET).raw("\" stroke-width=\"1.5\">");
    svg.circle(21, 34, 3).raw("</g>");
    svg.label(42, 38, words.text("diary.chart.pain.before"));
    svg.raw("<path fill=\"none\" stroke=\"")
        .raw(TEXT)
        .raw("\" stroke-width=\"2\" d=\"M190 34h26\"/><g fill=\"")
        .raw(TEXT)
        .raw("\">");
    svg.circle(203, 34, 4).raw("</g>");
    svg.label(224, 38, words.text("diary.chart.pain.after"));
    Advice[] shown = {Advice.GREEN, Advice.AMBER, Advice.RED, Advice.URGENT};
    for (int i = 0; i < shown.length; i++) {
      double x = 21 + (i % 2) * 182;
      double y = 56 + (i / 2) * 20;
      svg.raw("<g fill=\"").raw(colour(shown[i])).raw("\" stroke=\"").raw(TEXT).raw("\">");
      marker(svg, shown[i], x, y, MARKER);
      svg.raw("</g>");
      svg.label(x + 21, y + 4, words.text(shown[i].labelKey()));
    }
    svg.raw("</g>");
  }
}
