package org.echotrace.serve;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/** What a handler may read of a request: the path's id, the validated parameters, uploads and a JSON body. */
public final class Request {

    private final Context ctx;
    private final Params params;

    Request(Context ctx, Params params) {
        this.ctx = ctx;
        this.params = params;
    }

    public Params params() {
        return params;
    }

    /** The {@code {id}} of the path, URL-decoded; at most {@value Params#MAX_VALUE} characters. */
    public String id() {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > Params.MAX_VALUE) {
            throw ApiException.badRequest("id must be 1-" + Params.MAX_VALUE + " characters");
        }
        return id;
    }

    public List<UploadedFile> uploads() {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            return List.of();
        }
        return ctx.uploadedFiles();
    }

    public String contentType() {
        return ctx.contentType();
    }

    public byte[] body() {
        return ctx.bodyAsBytes();
    }
}
