package io.wickedzerg.sim.server;

/** The server could not listen where it was told to: the port is taken, or the address is not this machine's. */
public final class ListenException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final boolean portInUse;

    ListenException(String host, int port, boolean portInUse, Throwable cause) {
        super("cannot listen on " + host + ":" + port + ": "
                + (portInUse ? "the port is already in use" : String.valueOf(cause.getMessage())), cause);
        this.portInUse = portInUse;
    }

    /** Another process (or another server in this one) listens on that port already. */
    public boolean portInUse() {
        return portInUse;
    }
}
