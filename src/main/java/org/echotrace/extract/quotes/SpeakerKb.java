package org.echotrace.extract.quotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.kb.AliasKey;
import org.echotrace.kb.EntityType;
import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.kb.Role;

/**
 * What the speaker finder asks the knowledge base: the country a nationality adjective names ({@code немецкий},
 * {@code German}), the country of an entity, and who held a role in a country on a date, so that
 * {@code представитель ведомства} after {@code МИД России} is Russia's foreign-ministry spokesperson of that day.
 */
public final class SpeakerKb {
    private static final SpeakerKb EMPTY = new SpeakerKb(null);

    private final KnowledgeBase kb;
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, List<KbEntity>> holders = new HashMap<>();

    public SpeakerKb(KnowledgeBase kb) {
        this.kb = kb;
        if (kb == null) {
            return;
        }
        for (KbEntity e : kb.entities()) {
            if (e.type() == EntityType.PLACE && "country".equals(e.kind()) && e.country() != null) {
                for (String d : e.demonyms()) {
                    demonyms.putIfAbsent(AliasKey.of(d), e.country());
                }
            }
            if (e.type() == EntityType.PERSON) {
                for (Role r : e.roles()) {
                    holders.computeIfAbsent(r.key() + "/" + r.of(), k -> new ArrayList<>()).add(e);
                }
            }
        }
    }

    /** Without a knowledge base: no adjective names a country, no role has a holder. */
    public static SpeakerKb empty() {
        return EMPTY;
    }

    /**
     * The country code a nationality adjective names, in any case form ({@code немецкого} as {@code немецкий}); null
     * when the word is none.
     */
    public String demonymCountry(String lower) {
        String k = AliasKey.of(lower);
        String c = demonyms.get(k);
        if (c != null || k.length() < 6) {
            return c;
        }
        // Russian adjective endings: немецкого, немецкому, немецким, немецкой, немецкие, немецких
        for (String end : new String[] {"ого", "ому", "ым", "им", "ом", "ой", "ую", "ые", "ие", "ых", "их", "ими", "ыми", "ая", "яя"}) {
            if (k.endsWith(end)) {
                String stem = k.substring(0, k.length() - end.length());
                for (String nom : new String[] {"ии", "ыи", "ои", "ая", "ое"}) {
                    c = demonyms.get(stem + nom);
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** The finer type of a knowledge-base entity ({@code ministry}, {@code agency}, …), or null. */
    public String kind(String id) {
        if (kb == null || id == null) {
            return null;
        }
        return kb.get(id).map(KbEntity::kind).orElse(null);
    }

    /** The country code of a knowledge-base entity, or null. */
    public String country(String id) {
        if (kb == null || id == null) {
            return null;
        }
        return kb.get(id).map(KbEntity::country).orElse(null);
    }

    /**
     * The one person holding role {@code key} of {@code country} on {@code date}, preferring, when several do, those
     * whose title holds {@code titleWord}, then among them those whose role has a known start (an undated role is
     * only possibly held on the date); null when the date is unknown, nobody holds the role or nothing decides.
     */
    public KbEntity holder(String key, String country, LocalDate date, String titleWord) {
        if (date == null) {
            return null;
        }
        List<KbEntity> all = new ArrayList<>();
        List<KbEntity> titled = new ArrayList<>();
        List<KbEntity> dated = new ArrayList<>();
        for (KbEntity e : holders.getOrDefault(key + "/" + country, List.of())) {
            for (Role r : e.roles()) {
                if (r.key().equals(key) && r.of().equals(country) && r.heldOn(date)) {
                    all.add(e);
                    if (titleWord != null && r.title() != null
                            && r.title().toLowerCase(java.util.Locale.ROOT).contains(titleWord)) {
                        titled.add(e);
                        if (r.from() != null) {
                            dated.add(e);
                        }
                    }
                    break;
                }
            }
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        if (titled.size() == 1) {
            return titled.get(0);
        }
        return dated.size() == 1 ? dated.get(0) : null;
    }

    /**
     * Whether the knowledge base gives entity {@code id} one of the roles {@code keys} (on {@code date} when known, else
     * at any time); false for an empty list.
     */
    public boolean holds(String id, List<String> keys, LocalDate date) {
        if (kb == null || keys.isEmpty() || id == null) {
            return false;
        }
        KbEntity e = kb.get(id).orElse(null);
        if (e == null) {
            return false;
        }
        for (Role r : e.roles()) {
            if (keys.contains(r.key()) && (date == null || r.heldOn(date))) {
                return true;
            }
        }
        return false;
    }
}
