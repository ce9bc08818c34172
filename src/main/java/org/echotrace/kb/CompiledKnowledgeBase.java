package org.echotrace.kb;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes and reads {@code kb.bin}, the knowledge base compiled from its YAML files at build time
 * ({@link KnowledgeBaseCompiler}): the validated entities and every name's alias key, as a string table and
 * integer references. It carries a checksum of the YAML files it came from, so a compiled file that no longer
 * matches them (YAML edited, not rebuilt) is ignored and the YAML is read instead.
 */
final class CompiledKnowledgeBase {
    static final String RESOURCE = "kb.bin";
    private static final int MAGIC = 0x454B4231; // "EKB1"
    private static final int VERSION = 1;
    private static final int NONE = -1;

    /** The entities, and for each the alias keys of its name and aliases (in {@link KnowledgeBase#names} order). */
    record Contents(List<KbEntity> entities, List<String[]> keys, long fingerprint) {
    }

    private CompiledKnowledgeBase() {
    }

    /** Checksum of the YAML sources: {@code index.txt}, {@code roles.txt} and every file the index lists. */
    static long fingerprint() throws IOException {
        CRC32 crc = new CRC32();
        List<String> files = new ArrayList<>(List.of("index.txt", "roles.txt"));
        files.addAll(KnowledgeBaseLoader.readLines("index.txt"));
        for (String f : files) {
            crc.update(f.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            try (InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(f)) {
                if (in == null) {
                    return 0;
                }
                crc.update(in.readAllBytes());
            }
            crc.update(0);
        }
        return crc.getValue();
    }

    static void write(List<KbEntity> entities, long fingerprint, OutputStream os) throws IOException {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (KbEntity e : entities) {
            for (String s : strings(e)) {
                if (s != null) {
                    table.putIfAbsent(s, table.size());
                }
            }
        }
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(fingerprint);
        out.writeInt(table.size());
        for (String s : table.keySet()) {
            out.writeUTF(s);
        }
        out.writeInt(entities.size());
        for (KbEntity e : entities) {
            ref(out, table, e.id());
            out.writeByte(e.type().ordinal());
            ref(out, table, e.kind());
            ref(out, table, e.name());
            ref(out, table, e.country());
            refs(out, table, e.aliases());
            refs(out, table, e.demonyms());
            out.writeInt(e.roles().size());
            for (Role r : e.roles()) {
                ref(out, table, r.key());
                ref(out, table, r.of());
                ref(out, table, r.to());
                ref(out, table, r.title());
                out.writeLong(r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay());
                out.writeLong(r.until() == null ? Long.MIN_VALUE : r.until().toEpochDay());
            }
            out.writeByte(e.stateAffiliated() == null ? 2 : e.stateAffiliated() ? 1 : 0);
            refs(out, table, e.languages());
            refs(out, table, e.domains());
            refs(out, table, e.telegram());
            ref(out, table, e.file());
            out.writeInt(e.line());
            List<String> names = KnowledgeBase.names(e);
            out.writeInt(names.size());
            for (String n : names) {
                ref(out, table, AliasKey.of(n));
            }
        }
        out.flush();
    }

    /**
     * Reads the compiled knowledge base from the classpath; null when there is none, or when it was compiled
     * from other YAML than the classpath now has, or by another version of this format.
     */
    static Contents read() throws IOException {
        InputStream raw = CompiledKnowledgeBase.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            return null;
        }
        return read(raw, fingerprint());
    }

    /** Reads a compiled knowledge base; null when it is of another format version or another fingerprint. */
    static Contents read(InputStream raw, long fingerprint) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != fingerprint) {
                return null;
            }
            String[] table = new String[in.readInt()];
            for (int i = 0; i < table.length; i++) {
                table[i] = in.readUTF();
            }
            EntityType[] types = EntityType.values();
            int n = in.readInt();
            List<KbEntity> entities = new ArrayList<>(n);
            List<String[]> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = str(in, table);
                EntityType type = types[in.readByte()];
                String kind = str(in, table);
                String name = str(in, table);
                String country = str(in, table);
                List<String> aliases = strs(in, table);
                List<String> demonyms = strs(in, table);
                Role[] roles = new Role[in.readInt()];
                for (int r = 0; r < roles.length; r++) {
                    roles[r] = new Role(str(in, table), str(in, table), str(in, table), str(in, table),
                            date(in.readLong()), date(in.readLong()));
                }
                byte sa = in.readByte();
                List<String> languages = strs(in, table);
                List<String> domains = strs(in, table);
                List<String> telegram = strs(in, table);
                String file = str(in, table);
                int line = in.readInt();
                entities.add(new KbEntity(id, type, kind, name, country, aliases, demonyms, List.of(roles),
                        sa == 2 ? null : sa == 1, languages, domains, telegram, file, line));
                String[] k = new String[in.readInt()];
                for (int j = 0; j < k.length; j++) {
                    k[j] = str(in, table);
                }
                keys.add(k);
            }
            return new Contents(entities, keys, fingerprint);
        }
    }

    private static List<String> strings(KbEntity e) {
        List<String> s = new ArrayList<>(Arrays.asList(e.id(), e.kind(), e.name(), e.country(), e.file()));
        s.addAll(e.aliases());
        s.addAll(e.demonyms());
        for (Role r : e.roles()) {
            s.addAll(Arrays.asList(r.key(), r.of(), r.to(), r.title()));
        }
        s.addAll(e.languages());
        s.addAll(e.domains());
        s.addAll(e.telegram());
        for (String n : KnowledgeBase.names(e)) {
            s.add(AliasKey.of(n));
        }
        return s;
    }

    private static void ref(DataOutputStream out, Map<String, Integer> table, String s) throws IOException {
        out.writeInt(s == null ? NONE : table.get(s));
    }

    private static void refs(DataOutputStream out, Map<String, Integer> table, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            ref(out, table, s);
        }
    }

    private static String str(DataInputStream in, String[] table) throws IOException {
        int i = in.readInt();
        return i == NONE ? null : table[i];
    }

    private static List<String> strs(DataInputStream in, String[] table) throws IOException {
        int n = in.readInt();
        if (n == 0) {
            return List.of();
        }
        String[] a = new String[n];
        for (int i = 0; i < n; i++) {
            a[i] = str(in, table);
        }
        return List.of(a);
    }

    private static LocalDate date(long epochDay) {
        return epochDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
