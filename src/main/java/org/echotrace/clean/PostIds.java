package org.echotrace.clean;

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
        StringBuilder key = new StringBuilder(64 + post.text().length());
        appendItemKey(key, post);
        key.append('\u0001').append(post.title() == null ? "" : post.title());
        key.append('\u0001').append(post.text());
        Scratch scratch = SCRATCH.get();
        int n = scratch.encode(key);
        MessageDigest sha = scratch.sha256;
        sha.update(scratch.bytes, 0, n);
        return HEX.formatHex(sha.digest(), 0, 8);
    }

    /**
     * What identifies the item a post was read from, whatever its text: the format and the channel and item id,
     * else the URL, else the input's file name and the post's position. The store uses it to tell a new item
     * from a new version of one it holds (the id, which adds the text, then tells the versions apart).
     */
    public static String itemKey(Post post) {
        StringBuilder key = new StringBuilder(64);
        appendItemKey(key, post);
        return key.toString();
    }

    private static void appendItemKey(StringBuilder key, Post post) {
        Source s = post.source();
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
    }

    /** Per-thread digest and buffers, so that hashing a key does not copy it twice. */
    private static final class Scratch {
        final MessageDigest sha256;
        byte[] bytes = new byte[4096];
        char[] chars = new char[1024];

        Scratch() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
            }
        }

        /**
         * Encodes {@code s} as UTF-8 into {@link #bytes} and returns the length; like
         * {@code String.getBytes(UTF_8)}, an unpaired surrogate becomes {@code ?}.
         */
        int encode(StringBuilder sb) {
            int len = sb.length();
            if (chars.length < len) {
                chars = new char[Math.max(len, chars.length * 2)];
            }
            sb.getChars(0, len, chars, 0);
            char[] s = chars;
            if (bytes.length < len * 3) {
                bytes = new byte[Math.max(len * 3, bytes.length * 2)];
            }
            byte[] b = bytes;
            int j = 0;
            for (int i = 0; i < len; i++) {
                char c = s[i];
                if (c < 0x80) {
                    b[j++] = (byte) c;
                } else if (c < 0x800) {
                    b[j++] = (byte) (0xC0 | (c >> 6));
                    b[j++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    char d;
                    if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(d = s[i + 1])) {
                        int cp = Character.toCodePoint(c, d);
                        i++;
                        b[j++] = (byte) (0xF0 | (cp >> 18));
                        b[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                        b[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                        b[j++] = (byte) (0x80 | (cp & 0x3F));
                    } else {
                        b[j++] = '?';
                    }
                } else {
                    b[j++] = (byte) (0xE0 | (c >> 12));
                    b[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[j++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            return j;
        }
    }

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
}
