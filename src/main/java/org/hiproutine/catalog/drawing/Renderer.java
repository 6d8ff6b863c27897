package org.hiproutine.catalog.drawing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws an exercise's poses as SVG, black and grey on white, all at one scale (one unit is one
 * centimetre): the key poses side by side (for cards, paper and the PDF), and a movement's round
 * animated with SMIL (for screens). Only presentation attributes and SMIL: no style, no script, no
 * text but the title.
 *
 * <p>The figure is a tree of groups, one per segment, each turned about its joint; the animation
 * turns those groups, so a limb keeps its length and joints move on arcs. Each segment's shape is
 * written once and used wherever it appears.
 */
final class Renderer {

  static final double WIDTH = 330;
  static final double HEIGHT = 182;

  /** Where the floor is, in SVG units from the top. */
  static final double FLOOR = HEIGHT - 6;

  /** The body and the near limbs; the far limbs lighter, so that left and right read apart. */
  static final String DARK = "#222";

  static final String FAR = "#a8a8a8";

  /** A thin white edge around the near limbs, where they cross the body. */
  static final String EDGE = "stroke=\"#fff\" stroke-width=\"1.4\"";

  static final String ARROW = "#707070";
  static final String MAT = "#8c8c8c";

  /** The mat's top, seen from a little above. */
  static final String MAT_TOP = "#ececec";

  private static final double MAT_MARGIN = 8;

  /** How far the mat reaches in front of and behind the body, seen from a little above. */
  private static final double MAT_FRONT = 45;

  private static final double MAT_BEHIND = 25;

  private static final double ARROW_LENGTH = 24;
  private static final double ARROW_ABOVE_FLOOR = 4;

  private final ExercisePoses exercise;
  private final boolean mirrored;
  private final StringBuilder svg = new StringBuilder();

  /** Where the floor under the body is drawn: in front of it, from above, the mat shows. */
  private final double floor;

  private final Map<String, String> shapes = new LinkedHashMap<>();

  private Renderer(ExercisePoses exercise, boolean mirrored) {
    this.exercise = exercise;
    this.mirrored = mirrored;
    this.floor = FLOOR - exercise.view().oblique() * MAT_FRONT;
  }

  /** The key poses side by side; mirrored shows the left side, each pose turned in its place. */
  static String still(ExercisePoses exercise, boolean mirrored) {
    Renderer drawing = new Renderer(exercise, mirrored);
    List<Body> poses = Motion.poses(exercise);
    List<Pose> keyPoses = exercise.keyPoses();
    double panel = WIDTH / keyPoses.size();
    drawing.mats(keyPoses.size());
    StringBuilder arrows = new StringBuilder();
    for (int k = 0; k < keyPoses.size(); k++) {
      Body body = poses.get(exercise.poses().indexOf(keyPoses.get(k)));
      double centre = panel * (k + 0.5);
      double[] extent = body.extent();
      Point shift = new Point(centre - (extent[0] + extent[2]) / 2, 0);
      drawing.openMirror(centre);
      drawing.figure(List.of(body.movedBy(shift)), 0);
      drawing.closeMirror();
      if (exercise.moves() && exercise.arrow().isPresent()) {
        int next = k + 1 < keyPoses.size() ? k + 1 : k - 1;
        Body other = poses.get(exercise.poses().indexOf(keyPoses.get(next)));
        arrows.append(drawing.arrow(exercise.arrow().get(), body, other, shift, centre));
      }
    }
    if (!arrows.isEmpty()) {
      drawing
          .svg
          .append("<path fill=\"none\" stroke=\"")
          .append(ARROW)
          .append("\" stroke-width=\"3.2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"")
          .append(" d=\"")
          .append(arrows)
          .append("\"/>");
    }
    return drawing.finish(false);
  }

  /** A movement's round, moving for ever, in one picture as wide as the still. */
  static String animated(ExercisePoses exercise, boolean mirrored) {
    if (!exercise.moves()) {
      throw new IllegalArgumentException(exercise.slug() + " is held, not moved");
    }
    List<Body> round = Motion.round(exercise);
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    for (Body body : round) {
      double[] extent = body.extent();
      left = Math.min(left, extent[0]);
      right = Math.max(right, extent[2]);
    }
    Point shift = new Point(WIDTH / 2 - (left + right) / 2, 0);
    Renderer drawing = new Renderer(exercise, mirrored);
    drawing.mats(1);
    drawing.openMirror(WIDTH / 2);
    drawing.figure(
        round.stream().map(body -> body.movedBy(shift)).toList(),
        exercise.pace().orElseThrow().seconds());
    drawing.closeMirror();
    return drawing.finish(true);
  }

  private String finish(boolean moving) {
    String title =
        exercise.title()
            + (exercise.eachSide() ? (mirrored ? ", left side" : ", right side") : "")
            + (moving ? ", moving" : "");
    StringBuilder file =
        new StringBuilder()
            .append("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            .append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 ")
            .append(Svg.number(WIDTH))
            .append(' ')
            .append(Svg.number(HEIGHT))
            .append("\" role=\"img\" aria-labelledby=\"t\"><title id=\"t\">")
            .append(escape(title))
            .append("</title><defs>");
    shapes.forEach(
        (path, id) ->
            file.append("<path id=\"").append(id).append("\" d=\"").append(path).append("\"/>"));
    return file.append("</defs>").append(svg).append("</svg>").toString();
  }

  private void openMirror(double centre) {
    if (mirrored) {
      svg.append("<g transform=\"matrix(-1 0 0 1 ").append(Svg.number(2 * centre)).append(" 0)\">");
    }
  }

  private void closeMirror() {
    if (mirrored) {
      svg.append("</g>");
    }
  }

  /** The mat under each panel: a line, and seen from above, the mat's top behind it. */
  private void mats(int panels) {
    double panel = WIDTH / panels;
    double behind = exercise.view().oblique() * MAT_BEHIND;
    StringBuilder tops = new StringBuilder();
    StringBuilder lines = new StringBuilder();
    for (int k = 0; k < panels; k++) {
      String from = Svg.number(panel * k + MAT_MARGIN);
      String to = Svg.number(panel * (k + 1) - MAT_MARGIN);
      tops.append('M')
          .append(from)
          .append(' ')
          .append(Svg.number(floor - behind))
          .append('H')
          .append(to)
          .append('V')
          .append(Svg.number(FLOOR))
          .append('H')
          .append(from)
          .append('Z');
      lines
          .append('M')
          .append(from)
          .append(' ')
          .append(Svg.number(FLOOR + 1.5))
          .append('H')
          .append(to);
    }
    if (behind > 0) {
      svg.append("<path fill=\"").append(MAT_TOP).append("\" d=\"").append(tops).append("\"/>");
    }
    svg.append("<path stroke=\"")
        .append(MAT)
        .append("\" stroke-width=\"3\" stroke-linecap=\"round\" d=\"")
        .append(lines)
        .append("\"/>");
  }

  /**
   * One figure, far limbs first and near limbs last; with more than one moment, each joint that
   * moves turns through the moments in {@code seconds}.
   */
  private void figure(List<Body> moments, double seconds) {
    Animation animation = new Animation(moments, seconds);
    Body first = moments.get(0);
    svg.append("<g fill=\"").append(DARK).append("\">");
    svg.append("<g transform=\"translate(").append(world(first.hip())).append(")\">");
    animation.translate(svg);
    svg.append("<g transform=\"rotate(")
        .append(Svg.number(first.lowerTrunk.angle()))
        .append(")\">");
    animation.turn(svg, body -> body.lowerTrunk.angle());

    svg.append("<g fill=\"").append(FAR).append("\">");
    upperTrunk(animation);
    limb(animation, Side.FAR, Body.ARM);
    svg.append("</g></g>");
    limb(animation, Side.FAR, Body.LEG);
    svg.append("</g>");

    shape(animation, body -> Shapes.lowerTrunk(body.view));
    group(animation, body -> body.lowerTrunk, body -> body.middleTrunk);
    shape(animation, body -> Shapes.middleTrunk(body.view));
    group(animation, body -> body.middleTrunk, body -> body.upperTrunk);
    shape(animation, body -> Shapes.upperTrunk(body.view));
    group(animation, body -> body.upperTrunk, body -> body.neck);
    shape(animation, body -> Shapes.neck());
    shape(animation, body -> Shapes.head(body.view));
    svg.append("</g></g></g>");

    svg.append("<g ").append(EDGE).append('>');
    limb(animation, Side.NEAR, Body.LEG);
    upperTrunk(animation);
    limb(animation, Side.NEAR, Body.ARM);
    svg.append("</g></g></g>");
    svg.append("</g></g></g>");
  }

  /** Opens two groups: the middle trunk's frame within the lower's, the upper's within that. */
  private void upperTrunk(Animation animation) {
    group(animation, body -> body.lowerTrunk, body -> body.middleTrunk);
    group(animation, body -> body.middleTrunk, body -> body.upperTrunk);
  }

  /** An arm or a leg: each segment a group within the one before, closed at the end. */
  private void limb(Animation animation, Side side, List<Segment> segments) {
    Function<Body, Frame> parent =
        segments == Body.LEG ? body -> body.lowerTrunk : body -> body.upperTrunk;
    for (Segment segment : segments) {
      Function<Body, Frame> own = body -> body.drawn(side, segment);
      group(animation, parent, own);
      shape(animation, body -> Shapes.limb(segment, body.drawnScale(side, segment)));
      parent = own;
    }
    svg.append("</g>".repeat(segments.size()));
  }

  /** Opens a group at a child segment's joint, turned by its angle to the parent segment. */
  private void group(
      Animation animation, Function<Body, Frame> parent, Function<Body, Frame> child) {
    Body first = animation.moments().get(0);
    Function<Body, Point> joint = body -> parent.apply(body).local(child.apply(body).origin());
    Function<Body, Double> turn = body -> child.apply(body).angle() - parent.apply(body).angle();
    Point at = joint.apply(first);
    String turned = Svg.number(turn.apply(first));
    String transform =
        (Math.hypot(at.x(), at.y()) >= 0.05 ? "translate(" + Svg.xy(at) + ")" : "")
            + (turned.equals("0") ? "" : "rotate(" + turned + ")");
    svg.append(transform.isEmpty() ? "<g>" : "<g transform=\"" + transform + "\">");
    animation.shift(svg, joint, turn.apply(first));
    animation.turn(svg, turn);
  }

  /**
   * A segment's shape: written once in the definitions and used here, or, if it changes length as
   * it turns out of the picture, drawn here and reshaped moment by moment.
   */
  private void shape(Animation animation, Function<Body, Outline> outline) {
    List<String> paths =
        animation.moments().stream().map(body -> outline.apply(body).path()).toList();
    if (paths.stream().distinct().count() == 1) {
      String id = shapes.computeIfAbsent(paths.get(0), path -> name(shapes.size()));
      svg.append("<use xlink:href=\"#").append(id).append("\"/>");
    } else {
      List<String> everyOther = new ArrayList<>();
      for (int moment = 0; moment < paths.size(); moment += 2) {
        everyOther.add(paths.get(moment));
      }
      svg.append("<path d=\"").append(paths.get(0)).append("\">");
      animation.animate(svg, "animate attributeName=\"d\"", String.join(";", everyOther));
      svg.append("</path>");
    }
  }

  /** Short names for the shapes: a, b, … z, then aa, ab, …. */
  private static String name(int index) {
    String letter = String.valueOf((char) ('a' + index % 26));
    return index < 26 ? letter : name(index / 26 - 1) + letter;
  }

  /**
   * An arrow beside a part of the body, toward where that part goes in the other pose: path data,
   * mirrored about the panel's centre for the left side.
   */
  private String arrow(Arrow arrow, Body from, Body to, Point shift, double centre) {
    Point way = to.drawnReference(arrow.from()).minus(from.drawnReference(arrow.from()));
    Point unit = way.times(1 / way.length());
    Point start = from.drawnReference(arrow.from()).plus(unit.times(arrow.clearance()));
    double length = Math.min(ARROW_LENGTH, way.length());
    if (unit.y() < 0) {
      length = Math.min(length, (start.y() - ARROW_ABOVE_FLOOR) / -unit.y());
    }
    Point end = start.plus(unit.times(length));
    Point barb = Point.heading(way.direction() - 30).times(8);
    Point otherBarb = Point.heading(way.direction() + 30).times(8);
    List<Point> points =
        List.of(start, end, end.minus(barb), end, end.minus(otherBarb)).stream()
            .map(point -> point.plus(shift))
            .map(point -> mirrored ? new Point(2 * centre - point.x(), point.y()) : point)
            .toList();
    return "M"
        + world(points.get(0))
        + "L"
        + world(points.get(1))
        + "M"
        + world(points.get(2))
        + "L"
        + world(points.get(3))
        + "L"
        + world(points.get(4));
  }

  /** A point above the floor in SVG units. */
  private String world(Point point) {
    return Svg.number(point.x()) + " " + Svg.number(floor - point.y());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The SMIL that moves a figure through its moments; nothing for a still. */
  private record Animation(List<Body> moments, double seconds) {

    /** Moves the whole figure with its hips: a translation added to the group's own. */
    void translate(StringBuilder svg) {
      Point first = moments.get(0).hip();
      List<String> values = new ArrayList<>();
      boolean moves = false;
      for (Body body : moments) {
        Point shift = body.hip().minus(first);
        moves |= shift.length() > 0.05;
        values.add(Svg.number(shift.x()) + " " + Svg.number(-shift.y()));
      }
      if (moves) {
        animate(svg, transform("translate"), String.join(";", values));
      }
    }

    /**
     * Moves a joint within its parent segment, as a segment shortens when it turns out of the
     * picture: a translation added after the group's own turn, so given in the turned frame.
     */
    void shift(StringBuilder svg, Function<Body, Point> joint, double turn) {
      Point first = joint.apply(moments.get(0));
      double radians = Math.toRadians(turn);
      List<String> values = new ArrayList<>();
      boolean moves = false;
      for (Body body : moments) {
        Point shift = joint.apply(body).minus(first);
        moves |= shift.length() > 0.05;
        double x = shift.x();
        double y = -shift.y();
        values.add(
            Svg.number(x * Math.cos(radians) + y * Math.sin(radians))
                + " "
                + Svg.number(-x * Math.sin(radians) + y * Math.cos(radians)));
      }
      if (moves) {
        animate(svg, transform("translate"), String.join(";", values));
      }
    }

    /** Turns a group by the change in its angle from the first moment. */
    void turn(StringBuilder svg, Function<Body, Double> angle) {
      double first = angle.apply(moments.get(0));
      List<String> values = new ArrayList<>();
      boolean moves = false;
      for (Body body : moments) {
        double change = Motion.near(angle.apply(body), first) - first;
        moves |= Math.abs(change) > 0.05;
        values.add(Svg.number(change));
      }
      if (moves) {
        animate(svg, transform("rotate"), String.join(";", values));
      }
    }

    /**
     * Turns and shifts add to the group's own transform, so that a viewer without SMIL shows the
     * first moment.
     */
    private static String transform(String type) {
      return "animateTransform attributeName=\"transform\" type=\"" + type + "\" additive=\"sum\"";
    }

    /** One SMIL element that repeats the values evenly over the round. */
    void animate(StringBuilder svg, String what, String values) {
      svg.append('<')
          .append(what)
          .append(" dur=\"")
          .append(Svg.number(seconds))
          .append("s\" repeatCount=\"indefinite\" values=\"")
          .append(values)
          .append("\"/>");
    }
  }
}
