package org.echotrace.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.clean.PostStage;
import org.echotrace.extract.dates.ReferenceDate;
import org.echotrace.extract.entities.EntityFinder;
import org.echotrace.extract.entities.Found;
import org.echotrace.extract.entities.Token;
import org.echotrace.extract.entities.Tokenizer;
import org.echotrace.extract.ner.NameLemmas;
import org.echotrace.extract.ner.NameMerger;
import org.echotrace.extract.ner.NameModels;
import org.echotrace.extract.ner.NameTagger;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;

/**
 * Finds the entities a post names and links them to the knowledge base; fills {@code entities}. Title and
 * text are searched; mentions of one entity are grouped under its id, in order of first mention. The work
 * is done by {@link EntityFinder}; the names its knowledge base lacks come from the trained name tagger of
 * the post's language ({@link NameModels}), merged in by {@link NameMerger} (knowledge-base ids win; each
 * mention says which of the two found it). This stage only turns the findings into the output records.
 */
public final class EntityExtractor implements PostStage {
    private final EntityFinder finder;
    private final boolean tagger;
    private final NameMerger merger = new NameMerger(NameLemmas.standard());

    /** Over the standard knowledge base, with the shipped name taggers. */
    public EntityExtractor() {
        this(KnowledgeBase.standard());
    }

    public EntityExtractor(KnowledgeBase kb) {
        this(kb, true);
    }

    /** With {@code tagger} false, knowledge-base names only (for measuring what the model adds). */
    public EntityExtractor(KnowledgeBase kb, boolean tagger) {
        this.finder = new EntityFinder(kb);
        this.tagger = tagger;
    }

    @Override
    public Post apply(Post post) {
        ReferenceDate ref = ReferenceDate.of(post.published());
        LocalDate date = ref != null && ref.full() ? ref.date() : null;
        EntityFinder.Session session = finder.session(date);
        List<NameMerger.Field> fields = new ArrayList<>(2);
        if (post.title() != null) {
            fields.add(field(session, "title", post.title()));
        }
        fields.add(field(session, "text", post.text()));
        NameTagger model = tagger ? NameModels.forLanguage(language(post)).orElse(null) : null;
        List<NameMerger.Hit> found = merger.merge(fields, model);
        if (found.isEmpty()) {
            return post.entities().isEmpty() ? post : post.toBuilder().entities(List.of()).build();
        }
        Map<String, List<NameMerger.Hit>> byId = new LinkedHashMap<>();
        for (NameMerger.Hit h : found) {
            byId.computeIfAbsent(h.found().id(), k -> new ArrayList<>()).add(h);
        }
        List<EntityRef> refs = new ArrayList<>(byId.size());
        for (List<NameMerger.Hit> hs : byId.values()) {
            Found first = hs.get(0).found();
            double confidence = 0;
            List<Mention> mentions = new ArrayList<>(hs.size());
            String name = first.name();
            for (NameMerger.Hit h : hs) {
                Found f = h.found();
                confidence = Math.max(confidence, f.confidence());
                mentions.add(new Mention(f.field(), f.start(), f.end(), f.text(), h.source(),
                        f.how().equals("role") ? Mention.ROLE : null));
                if (!f.known() && f.name().length() > name.length()) {
                    name = f.name();
                }
            }
            refs.add(new EntityRef(first.id(), name, first.type(), first.known(), confidence, mentions));
        }
        return post.toBuilder().entities(refs).build();
    }

    /** One field, split into words once for both the knowledge-base finder and the tagger. */
    private static NameMerger.Field field(EntityFinder.Session session, String name, String value) {
        List<Token> tokens = Tokenizer.tokenize(value);
        return new NameMerger.Field(name, value, tokens, session.find(name, value, tokens));
    }

    /** The post's language, or for a post without one, Russian when its text is mostly Cyrillic, else English. */
    private static String language(Post post) {
        if (post.language() != null) {
            return post.language();
        }
        String t = post.text();
        int cyr = 0;
        int lat = 0;
        for (int i = 0, n = Math.min(t.length(), 2000); i < n; i++) {
            char c = t.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyr++;
            } else if (c >= 'A' && c <= 'z' && Character.isLetter(c)) {
                lat++;
            }
        }
        return cyr > lat ? "ru" : "en";
    }
}
