package org.echotrace.serve;

import io.javalin.http.Context;

/**
 * The headers every response carries. The content shown is untrusted (posts, channel names), so the policy
 * allows scripts, styles and connections from this server only and no inline script or style at all; pages
 * cannot be framed, and types are never sniffed.
 */
public final class SecurityHeaders {

    /** The Content-Security-Policy of every response. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
