package io.wickedzerg.bot.core;

import com.github.ocraft.s2client.protocol.data.Ability;
import io.wickedzerg.bot.model.Point2;
import java.util.List;

/**
 * One action for the game: an ability for some units, with no target, a unit target
 * ({@code targetTag != 0}) or a point target ({@code target != null}).
 */
public record Command(Ability ability, List<Long> tags, long targetTag, Point2 target, boolean queued) {

    public Command {
        tags = List.copyOf(tags);
    }
}
