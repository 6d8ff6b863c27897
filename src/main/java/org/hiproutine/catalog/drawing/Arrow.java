package org.hiproutine.catalog.drawing;

/**
 * The arrow on paper that shows which way a movement goes: it starts a little way from a part of
 * the body, on the side the part moves toward, and points where the part goes in the next key pose.
 *
 * @param clearance centimetres between the part's joint and the arrow's start
 */
record Arrow(Place from, double clearance) {}
