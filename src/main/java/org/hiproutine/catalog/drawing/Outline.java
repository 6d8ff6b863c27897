package org.hiproutine.catalog.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of one segment of the body, given in its {@link Frame} as (across, along) points: the
 * renderer writes it as an SVG path, and the pose tests find from the same shape where the body
 * touches the floor.
 */
sealed interface Outline {

  /** The path in the segment's own SVG coordinates (y down, so along becomes -y). */
  String path();

  /** This shape placed in the world. */
  Outline in(Frame frame);

  /** Points along the shape's edge, enough to find its lowest point and its extent. */
  List<Point> edge();

  default double lowest() {
    return edge().stream().mapToDouble(Point::y).min().orElseThrow();
  }

  /** The convex hull of circles in counter-clockwise order: limbs, hands and feet. */
  record Circles(List<Point> centres, List<Double> radii) implements Outline {

    public Circles {
      centres = List.copyOf(centres);
      radii = List.copyOf(radii);
    }

    /** A limb: round at both ends, tapering from the joint to the far end. */
    static Circles limb(double length, double near, double far) {
      return new Circles(List.of(new Point(0, 0), new Point(0, length)), List.of(near, far));
    }

    @Override
    public String path() {
      int n = centres.size();
      List<Point[]> tangents = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        tangents.add(tangent(i, (i + 1) % n));
      }
      StringBuilder path = new StringBuilder("M").append(Svg.xy(tangents.get(0)[0]));
      for (int i = 0; i < n; i++) {
        Point[] line = tangents.get(i);
        int next = (i + 1) % n;
        Point leave = tangents.get(next)[0];
        double r = radii.get(next);
        path.append('L').append(Svg.xy(line[1]));
        path.append('A')
            .append(Svg.number(r))
            .append(' ')
            .append(Svg.number(r))
            .append(" 0 ")
            .append(turn(centres.get(next), line[1], leave) > Math.PI ? 1 : 0)
            .append(" 0 ")
            .append(Svg.xy(leave));
      }
      return Svg.compact(path.append('Z').toString());
    }

    /** The outer tangent from circle i to circle j, on the right of the way from i to j. */
    private Point[] tangent(int i, int j) {
      Point from = centres.get(i);
      Point to = centres.get(j);
      Point way = to.minus(from);
      double distance = way.length();
      Point along = way.times(1 / distance);
      Point right = new Point(along.y(), -along.x());
      double cos = (radii.get(i) - radii.get(j)) / distance;
      double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
      Point normal = along.times(cos).plus(right.times(sin));
      return new Point[] {
        from.plus(normal.times(radii.get(i))), to.plus(normal.times(radii.get(j)))
      };
    }

    /** The counter-clockwise angle around the centre from one point to another, 0 to 2π. */
    private static double turn(Point centre, Point from, Point to) {
      double a = Math.atan2(from.y() - centre.y(), from.x() - centre.x());
      double b = Math.atan2(to.y() - centre.y(), to.x() - centre.x());
      double turn = b - a;
      return turn < 0 ? turn + 2 * Math.PI : turn;
    }

    @Override
    public Circles in(Frame frame) {
      return new Circles(centres.stream().map(frame::at).toList(), radii);
    }

    @Override
    public List<Point> edge() {
      List<Point> edge = new ArrayList<>();
      for (int i = 0; i < centres.size(); i++) {
        for (int k = 0; k < 16; k++) {
          edge.add(centres.get(i).plus(Point.heading(k * 22.5).times(radii.get(i))));
        }
      }
      return edge;
    }
  }

  /**
   * A smooth closed curve that runs through the midpoints between its control points and bends
   * toward each control point: the trunk and the head.
   */
  record Smooth(List<Point> points) implements Outline {

    public Smooth {
      points = List.copyOf(points);
    }

    @Override
    public String path() {
      int n = points.size();
      StringBuilder path =
          new StringBuilder("M").append(Svg.xy(points.get(n - 1).toward(points.get(0), 0.5)));
      for (int i = 0; i < n; i++) {
        path.append('Q')
            .append(Svg.xy(points.get(i)))
            .append(' ')
            .append(Svg.xy(points.get(i).toward(points.get((i + 1) % n), 0.5)));
      }
      return Svg.compact(path.append('Z').toString());
    }

    @Override
    public Smooth in(Frame frame) {
      return new Smooth(points.stream().map(frame::at).toList());
    }

    @Override
    public List<Point> edge() {
      int n = points.size();
      List<Point> edge = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Point start = points.get((i + n - 1) % n).toward(points.get(i), 0.5);
        Point control = points.get(i);
        Point end = control.toward(points.get((i + 1) % n), 0.5);
        for (int k = 0; k < 12; k++) {
          double t = k / 12.0;
          edge.add(start.toward(control, t).toward(control.toward(end, t), t));
        }
      }
      return edge;
    }
  }
}
