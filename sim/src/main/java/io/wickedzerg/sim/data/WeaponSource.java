package io.wickedzerg.sim.data;

/**
 * Where a unit's weapon values come from. A few attacks are abilities in the real game (Void Ray beam,
 * Oracle pulsar beam, Sentry beam, Baneling explosion), so game_data lists no weapon for them; the engine
 * still needs one, so we keep documented values and the fixture test knows not to expect them there.
 */
public enum WeaponSource {
    GAME_DATA, DOCUMENTED
}
