package org.echotrace.kb;

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

    private KnowledgeBase(List<KbEntity> entities) {
        Map<String, KbEntity> ids = new LinkedHashMap<>();
        Map<String, List<KbEntity>> aliases = new HashMap<>();
        for (KbEntity e : entities) {
            ids.put(e.id(), e);
            for (String name : names(e)) {
                List<KbEntity> list = aliases.computeIfAbsent(AliasKey.of(name), k -> new ArrayList<>(1));
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        aliases.replaceAll((k, v) -> List.copyOf(v));
        this.byAlias = Collections.unmodifiableMap(aliases);
    }

    /** The knowledge base shipped with echotrace (loaded once, validated). */
    public static KnowledgeBase standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final KnowledgeBase INSTANCE = of(new KnowledgeBaseLoader().loadAll());
    }

    public static KnowledgeBase of(List<KbEntity> entities) {
        return new KnowledgeBase(entities);
    }

    /** The canonical name, aliases and demonyms of {@code e}. */
    static List<String> names(KbEntity e) {
        List<String> all = new ArrayList<>(1 + e.aliases().size());
        all.add(e.name());
        all.addAll(e.aliases());
        return all;
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
