package io.wickedzerg.clients.registry;

import java.util.Optional;

/**
 * What asking the registry for a service came to. Richer than {@link ServiceRegistryClient#discover}'s
 * optional: a caller that falls back to something else can say why in one line (nothing registered is
 * not the same as a registry that did not answer).
 */
public sealed interface Discovery {

    /** The registry answered with an instance (healthy or not: the caller decides). */
    record Answered(ServiceInstance instance) implements Discovery {
    }

    /** The registry answered that nothing of that name is registered (404). */
    record NotRegistered() implements Discovery {
    }

    /**
     * The registry did not answer, refused the question or answered something unusable.
     *
     * @param reason in words, for a log line
     * @param cached the last answer kept on disk, marked stale; empty when there is none
     */
    record Unanswered(String reason, Optional<ServiceInstance> cached) implements Discovery {
    }

    /** The instance to use as {@code discover} sees it: the answer, else the stale cached one, else none. */
    default Optional<ServiceInstance> asDiscovered() {
        if (this instanceof Answered answered) {
            return Optional.of(answered.instance());
        }
        if (this instanceof Unanswered unanswered) {
            return unanswered.cached();
        }
        return Optional.empty();
    }
}
