package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;

/** How the host's parts answer a request: the response gets the request's id and the session's status. */
@FunctionalInterface
interface Replies {
    void send(Session session, Sc2Api.Response.Builder response, Sc2Api.Request request);
}
