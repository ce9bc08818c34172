package org.echotrace.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.echotrace.model.Post;
import org.echotrace.model.Source;

/**
 * Gives each post a stable id: 16 hex digits of a SHA-256 over what identifies it. A Telegram message is
 * identified by channel and message id, a web item by its URL; otherwise by the input's file name and
 * the post's position. The cleaned text is always included, so an edited message gets a new id.
 */
public final class PostIds implements PostStage {

    @Override
    public Post apply(Post post) {
        return post.toBuilder().id(idOf(post)).build();
    }

    static String idOf(Post post) {
        Source s = post.source();
        StringBuilder key = new StringBuilder(64 + post.text().length());
        key.append(s.format().id()).append('\u0001');
        if (s.channel() != null && s.itemId() != null) {
            key.append("channel:").append(s.channel()).append('/').append(s.itemId());
        } else if (s.url() != null) {
            key.append("url:").append(s.url()).append('#').append(s.itemId() == null ? "" : s.itemId());
        } else {
            String path = s.path();
            String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
            key.append("file:").append(file).append('#').append(s.itemId() == null ? "" : s.itemId())
                    .append('#').append(post.position());
        }
        key.append('\u0001').append(post.title() == null ? "" : post.title());
        key.append('\u0001').append(post.text());
        byte[] digest = SHA256.get().digest(key.toString().getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, 8);
    }

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    });
}
