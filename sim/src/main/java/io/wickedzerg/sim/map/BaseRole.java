package io.wickedzerg.sim.map;

/** Which base of a side a base location is, in the order players usually take them. */
public enum BaseRole {
    MAIN, NATURAL, THIRD,
    /** Any base beyond the third (a recorded map has many). */
    OTHER
}
