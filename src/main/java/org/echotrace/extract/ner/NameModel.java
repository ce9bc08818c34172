package org.echotrace.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained name-tagger model: one 16-bit weight per (hashed feature bucket, label), labels {@code O},
 * {@code B-type} and {@code I-type} for each entity type, and one scale turning them back into the trained
 * weights. The file is a short header and the weight table, gzip-compressed. A bucket's weights for all
 * labels sit side by side, padded to a power of two, so scoring a feature reads one cache line: the table's
 * size, not the arithmetic, bounds the tagger's speed.
 */
public final class NameModel {
    private static final int MAGIC = 0x45544e52; // "ETNR"
    private static final int VERSION = 4;

    private final String language;
    private final List<String> types;
    private final int bits;
    private final int labels;
    private final int mask;
    private final short[] weights;
    private final int stride;
    private final float scale;

    /**
     * @param language the language the model was trained for ({@code ru}, {@code en})
     * @param types    entity types, in label order
     * @param bits     log2 of the number of feature buckets
     * @param scale    the trained weight a stored 1 stands for
     * @param weights  {@code 2^bits × stride(types)} weights, bucket-major
     */
    public NameModel(String language, List<String> types, int bits, float scale, short[] weights) {
        if (bits < 8 || bits > 26) {
            throw new IllegalArgumentException("bits must be 8..26: " + bits);
        }
        if (types.isEmpty() || types.size() > 16) {
            throw new IllegalArgumentException("types must number 1..16: " + types);
        }
        this.language = language;
        this.types = List.copyOf(types);
        this.bits = bits;
        this.labels = 1 + 2 * types.size();
        this.mask = (1 << bits) - 1;
        this.stride = stride(types.size());
        this.scale = scale;
        if (weights.length != (1 << bits) * stride) {
            throw new IllegalArgumentException("weights: expected " + ((1 << bits) * stride) + ", got "
                    + weights.length);
        }
        this.weights = weights;
    }

    public String language() {
        return language;
    }

    public List<String> types() {
        return types;
    }

    public int bits() {
        return bits;
    }

    /** Weights stored per bucket: the label count rounded up to a power of two. */
    public static int stride(int types) {
        return Integer.highestOneBit(2 * types) << 1;
    }

    /** The trained weight a stored 1 stands for. */
    public float scale() {
        return scale;
    }

    /** Number of labels: {@code O} plus a begin and an inside label per type. */
    public int labels() {
        return labels;
    }

    /** The label that opens a name of type number {@code t}. */
    public static int begin(int t) {
        return 1 + 2 * t;
    }

    /** The label that continues a name of type number {@code t}. */
    public static int inside(int t) {
        return 2 + 2 * t;
    }

    /** The type number of a non-{@code O} label. */
    public static int typeOf(int label) {
        return (label - 1) / 2;
    }

    /** Whether a label continues a name. */
    public static boolean isInside(int label) {
        return label > 0 && (label & 1) == 0;
    }

    /** Sums the weights of {@code n} features into {@code scores}, one per label (in units of the scale). */
    void score(int[] features, int n, int[] scores) {
        for (int l = 0; l < labels; l++) {
            scores[l] = 0;
        }
        add(features, n, scores);
    }

    /**
     * Adds the weights of {@code n} features to {@code scores}, one per label. For the usual three types the
     * eight weights of a bucket are summed in local variables: each feature is then eight independent loads
     * from one cache line, which the processor overlaps with the next feature's, instead of a store and a
     * reload of every running sum.
     */
    void add(int[] features, int n, int[] scores) {
        short[] w = weights;
        int mask = this.mask;
        if (stride != 8) {
            int shift = Integer.numberOfTrailingZeros(stride);
            for (int k = 0; k < n; k++) {
                int base = (features[k] & mask) << shift;
                for (int l = 0; l < labels; l++) {
                    scores[l] += w[base + l];
                }
            }
            return;
        }
        int s0 = 0;
        int s1 = 0;
        int s2 = 0;
        int s3 = 0;
        int s4 = 0;
        int s5 = 0;
        int s6 = 0;
        for (int k = 0; k < n; k++) {
            int base = (features[k] & mask) << 3;
            s0 += w[base];
            s1 += w[base + 1];
            s2 += w[base + 2];
            s3 += w[base + 3];
            s4 += w[base + 4];
            s5 += w[base + 5];
            s6 += w[base + 6];
        }
        // stride 8 means 2 or 3 types: 5 or 7 labels
        scores[0] += s0;
        scores[1] += s1;
        scores[2] += s2;
        scores[3] += s3;
        scores[4] += s4;
        if (labels > 5) {
            scores[5] += s5;
            scores[6] += s6;
        }
    }

    /** Writes the model, gzip-compressed. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeUTF(language);
        d.writeInt(types.size());
        for (String t : types) {
            d.writeUTF(t);
        }
        d.writeInt(bits);
        d.writeFloat(scale);
        byte[] buf = new byte[weights.length * 2];
        for (int i = 0; i < weights.length; i++) {
            buf[2 * i] = (byte) (weights[i] >> 8);
            buf[2 * i + 1] = (byte) weights[i];
        }
        d.write(buf);
        d.flush();
        gz.finish();
    }

    /**
     * Reads a model written by {@link #write}; {@code name} names the file in the error when it is not one.
     *
     * @throws IOException naming the file, when it is not a model or is cut short
     */
    public static NameModel read(InputStream in, String name) throws IOException {
        try {
            DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
            if (d.readInt() != MAGIC) {
                throw new IOException(name + ": not a name-tagger model");
            }
            int version = d.readInt();
            if (version != VERSION) {
                throw new IOException(name + ": model version " + version + ", expected " + VERSION);
            }
            String language = d.readUTF();
            int nt = d.readInt();
            if (nt < 1 || nt > 16) {
                throw new IOException(name + ": bad type count " + nt);
            }
            String[] types = new String[nt];
            for (int i = 0; i < nt; i++) {
                types[i] = d.readUTF();
            }
            int bits = d.readInt();
            if (bits < 8 || bits > 26) {
                throw new IOException(name + ": bad table size 2^" + bits);
            }
            float scale = d.readFloat();
            byte[] buf = new byte[(1 << bits) * stride(nt) * 2];
            d.readFully(buf);
            short[] w = new short[buf.length / 2];
            for (int i = 0; i < w.length; i++) {
                w[i] = (short) ((buf[2 * i] << 8) | (buf[2 * i + 1] & 0xff));
            }
            return new NameModel(language, List.of(types), bits, scale, w);
        } catch (EOFException e) {
            throw new IOException(name + ": model file cut short");
        } catch (java.util.zip.ZipException e) {
            throw new IOException(name + ": not a name-tagger model (" + e.getMessage() + ")");
        }
    }
}
