package org.echotrace.extract.entities;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;

/**
 * Writes and reads {@code aliases.bin}, the {@link AliasIndex} of the standard knowledge base precomputed at build
 * time ({@link AliasIndexCompiler}): tokenising, folding and transliterating sixteen thousand names is most of the
 * matcher's start-up. Entities are referred to by their position in the knowledge base; the file records the
 * knowledge base's {@link KnowledgeBase#fingerprint()} and is ignored for any other knowledge base.
 */
final class AliasIndexFile {
    static final String RESOURCE = "aliases.bin";
    private static final int MAGIC = 0x45414931; // "EAI1"
    private static final int VERSION = 1;

    private AliasIndexFile() {
    }

    static void write(KnowledgeBase kb, AliasIndex index, OutputStream os) throws IOException {
        Map<KbEntity, Integer> ids = new IdentityHashMap<>();
        for (KbEntity e : kb.entities()) {
            ids.put(e, ids.size());
        }
        Map<String, Integer> table = new LinkedHashMap<>();
        for (Map.Entry<String, List<AliasIndex.Alias>> en : index.byFirstWord().entrySet()) {
            intern(table, en.getKey());
            for (AliasIndex.Alias a : en.getValue()) {
                for (String w : a.words()) {
                    intern(table, w);
                }
            }
        }
        index.squashed().keySet().forEach(k -> intern(table, k));
        index.skeletons().keySet().forEach(k -> intern(table, k));
        index.vocabulary().forEach(k -> intern(table, k));
        index.particles().forEach(k -> intern(table, k));

        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(kb.fingerprint());
        out.writeInt(ids.size());
        out.writeInt(table.size());
        for (String s : table.keySet()) {
            out.writeUTF(s);
        }
        out.writeInt(index.byFirstWord().size());
        for (Map.Entry<String, List<AliasIndex.Alias>> en : index.byFirstWord().entrySet()) {
            out.writeInt(table.get(en.getKey()));
            out.writeInt(en.getValue().size());
            for (AliasIndex.Alias a : en.getValue()) {
                out.writeInt(a.words().length);
                for (String w : a.words()) {
                    out.writeInt(table.get(w));
                }
                entities(out, ids, a.entities());
                out.writeByte((a.acronym() ? 1 : 0) | (a.surname() ? 2 : 0));
            }
        }
        for (Map<String, List<KbEntity>> map : List.of(index.squashed(), index.skeletons())) {
            out.writeInt(map.size());
            for (Map.Entry<String, List<KbEntity>> en : map.entrySet()) {
                out.writeInt(table.get(en.getKey()));
                entities(out, ids, en.getValue());
            }
        }
        for (Collection<String> set : List.of(index.vocabulary(), index.particles())) {
            out.writeInt(set.size());
            for (String s : set) {
                out.writeInt(table.get(s));
            }
        }
        out.flush();
    }

    /**
     * Fills {@code index} from the compiled file when there is one for {@code kb}; false (and {@code index}
     * untouched) when there is none, it was made for another knowledge base, or it cannot be read.
     */
    static boolean read(KnowledgeBase kb, AliasIndex index) {
        if (kb.fingerprint() == 0) {
            return false;
        }
        InputStream raw = AliasIndexFile.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            return false;
        }
        KbEntity[] entities = new KbEntity[kb.size()];
        int n = 0;
        for (KbEntity e : kb.entities()) {
            entities[n++] = e;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != kb.fingerprint()
                    || in.readInt() != entities.length) {
                return false;
            }
            String[] table = new String[in.readInt()];
            for (int i = 0; i < table.length; i++) {
                table[i] = in.readUTF();
            }
            int firstWords = in.readInt();
            Map<String, List<AliasIndex.Alias>> byFirstWord = new java.util.HashMap<>(firstWords * 2);
            for (int i = 0; i < firstWords; i++) {
                String first = table[in.readInt()];
                int count = in.readInt();
                List<AliasIndex.Alias> aliases = new ArrayList<>(count);
                for (int j = 0; j < count; j++) {
                    String[] words = new String[in.readInt()];
                    for (int w = 0; w < words.length; w++) {
                        words[w] = table[in.readInt()];
                    }
                    List<KbEntity> es = entities(in, entities);
                    int flags = in.readByte();
                    aliases.add(new AliasIndex.Alias(words, es, (flags & 1) != 0, (flags & 2) != 0));
                }
                byFirstWord.put(first, aliases);
            }
            List<Map<String, List<KbEntity>>> maps = new ArrayList<>(2);
            for (int m = 0; m < 2; m++) {
                int size = in.readInt();
                Map<String, List<KbEntity>> map = new java.util.HashMap<>(size * 2);
                for (int i = 0; i < size; i++) {
                    map.put(table[in.readInt()], entities(in, entities));
                }
                maps.add(map);
            }
            List<List<String>> sets = new ArrayList<>(2);
            for (int m = 0; m < 2; m++) {
                String[] set = new String[in.readInt()];
                for (int i = 0; i < set.length; i++) {
                    set[i] = table[in.readInt()];
                }
                sets.add(List.of(set));
            }
            index.byFirstWord().putAll(byFirstWord);
            index.squashed().putAll(maps.get(0));
            index.skeletons().putAll(maps.get(1));
            index.vocabulary().addAll(sets.get(0));
            index.particles().addAll(sets.get(1));
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: the caller builds the index from the knowledge base
        }
    }

    private static void intern(Map<String, Integer> table, String s) {
        table.putIfAbsent(s, table.size());
    }

    private static void entities(DataOutputStream out, Map<KbEntity, Integer> ids, List<KbEntity> es)
            throws IOException {
        out.writeInt(es.size());
        for (KbEntity e : es) {
            out.writeInt(ids.get(e));
        }
    }

    private static List<KbEntity> entities(DataInputStream in, KbEntity[] entities) throws IOException {
        int n = in.readInt();
        List<KbEntity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(entities[in.readInt()]);
        }
        return out;
    }
}
