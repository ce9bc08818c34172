package org.echotrace.kb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded knowledge base: entities by id and by every alias key ({@link AliasKey}). An alias shared by
 * several entities is kept for all of them (context decides between them at match time) and listed by
 * {@link #collisions()} with each entry's file and line.
 */
public final class KnowledgeBase {
    private final Map<String, KbEntity> byId;
    private final Map<String, List<KbEntity>> byAlias;
    private final long fingerprint;

    /** @param keys null, or for each entity the alias keys of its {@link #names}, precomputed */
    private KnowledgeBase(List<KbEntity> entities, List<String[]> keys, long fingerprint) {
        this.fingerprint = fingerprint;
        Map<String, KbEntity> ids = new LinkedHashMap<>(entities.size() * 2);
        Map<String, List<KbEntity>> aliases = new HashMap<>(entities.size() * 16);
        for (int i = 0; i < entities.size(); i++) {
            KbEntity e = entities.get(i);
            ids.put(e.id(), e);
            String[] precomputed = keys == null ? null : keys.get(i);
            List<String> names = precomputed == null ? names(e) : null;
            int count = precomputed == null ? names.size() : precomputed.length;
            for (int j = 0; j < count; j++) {
                String key = precomputed == null ? AliasKey.of(names.get(j)) : precomputed[j];
                List<KbEntity> list = aliases.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        aliases.replaceAll((k, v) -> List.copyOf(v));
        this.byAlias = Collections.unmodifiableMap(aliases);
    }

    /**
     * The knowledge base shipped with echotrace (loaded once, validated): from {@code kb.bin}, compiled and
     * validated from the YAML files at build time ({@link KnowledgeBaseCompiler}), or from the YAML files
     * themselves when that is missing or out of date.
     */
    public static KnowledgeBase standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final KnowledgeBase INSTANCE = load();
    }

    private static KnowledgeBase load() {
        CompiledKnowledgeBase.Contents compiled;
        try {
            compiled = CompiledKnowledgeBase.read();
        } catch (IOException | RuntimeException e) {
            compiled = null; // unreadable compiled form: the YAML is the source of truth
        }
        if (compiled != null) {
            return new KnowledgeBase(compiled.entities(), compiled.keys(), compiled.fingerprint());
        }
        return of(new KnowledgeBaseLoader().loadAll());
    }

    public static KnowledgeBase of(List<KbEntity> entities) {
        return new KnowledgeBase(entities, null, 0);
    }

    /** The canonical name, aliases and demonyms of {@code e}. */
    static List<String> names(KbEntity e) {
        List<String> all = new ArrayList<>(1 + e.aliases().size());
        all.add(e.name());
        all.addAll(e.aliases());
        return all;
    }

    /**
     * Checksum of the YAML files this knowledge base was compiled from, for derived indexes precomputed at build
     * time to check they match it; 0 when it was not read from the compiled form.
     */
    public long fingerprint() {
        return fingerprint;
    }

    public Optional<KbEntity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Entities one of whose names folds to the same key as {@code name}. */
    public List<KbEntity> lookup(String name) {
        return byAlias.getOrDefault(AliasKey.of(name), List.of());
    }

    public int size() {
        return byId.size();
    }

    public Iterable<KbEntity> entities() {
        return byId.values();
    }

    /** Every alias key that names more than one entity, with the entities' file and line. */
    public List<String> collisions() {
        List<String> out = new ArrayList<>();
        byAlias.entrySet().stream().filter(en -> en.getValue().size() > 1).sorted(Map.Entry.comparingByKey())
                .forEach(en -> {
                    StringBuilder sb = new StringBuilder("alias '").append(en.getKey()).append("' names");
                    for (KbEntity e : en.getValue()) {
                        sb.append(' ').append(e.id()).append(" (").append(e.where()).append(')');
                    }
                    out.add(sb.toString());
                });
        return out;
    }
}
