package org.echotrace.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.javalin.http.Context;

/**
 * Lets a write request through only with the server's token ({@code Authorization: Bearer TOKEN}); a server
 * started without one is read-only. The comparison takes the same time whatever the guess.
 */
final class TokenGuard {

    private final byte[] token;

    TokenGuard(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "read_only", "this server is read-only: start it with --token (or "
                    + "ECHOTRACE_TOKEN) to allow uploads, ingest and deletes");
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "this request needs the server's token "
                    + "(Authorization: Bearer TOKEN)");
        }
    }
}
