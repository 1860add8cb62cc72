package io.wickedzerg.services.http;

/**
 * A request the service refuses, with the field and the problem to name in the JSON answer. Thrown
 * anywhere below a route, it becomes {@code {"error","status","field","problem","request_id"}}.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String field;

    public ApiError(int status, String field, String problem) {
        super(problem, null, false, false);
        this.status = status;
        this.field = field;
    }

    public static ApiError badRequest(String field, String problem) {
        return new ApiError(400, field, problem);
    }

    public static ApiError tooLarge(String field, String problem) {
        return new ApiError(413, field, problem);
    }

    public static ApiError notFound(String field, String problem) {
        return new ApiError(404, field, problem);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return getMessage();
    }
}
