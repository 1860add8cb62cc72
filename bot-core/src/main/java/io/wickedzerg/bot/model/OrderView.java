package io.wickedzerg.bot.model;

import com.github.ocraft.s2client.protocol.data.Ability;

/**
 * One order a unit is running.
 *
 * @param targetTag 0 when the order has no unit target
 * @param targetPos null when the order has no point target
 */
public record OrderView(Ability ability, long targetTag, Point2 targetPos, float progress) {

    public static OrderView of(Ability ability) {
        return new OrderView(ability, 0, null, 0f);
    }

    public static OrderView at(Ability ability, Point2 target) {
        return new OrderView(ability, 0, target, 0f);
    }

    public static OrderView on(Ability ability, long targetTag) {
        return new OrderView(ability, targetTag, null, 0f);
    }
}
