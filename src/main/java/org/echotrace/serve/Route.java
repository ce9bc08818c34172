package org.echotrace.serve;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of the API's route table: method and path (Javalin syntax, {@code {id}}), whether it needs the write
 * token, the query parameters it accepts and the handler.
 */
public record Route(String method, String path, boolean write, Set<String> params, String summary, Call call) {

    /** The handler of an API route: thin, it parses, asks and returns. */
    @FunctionalInterface
    public interface Call {
        Answer handle(Request request) throws Exception;
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        params = Set.copyOf(params);
        Objects.requireNonNull(call, "call");
    }
}
