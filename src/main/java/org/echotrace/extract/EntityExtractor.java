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
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;

/**
 * Finds the entities a post names and links them to the knowledge base; fills {@code entities}. Title and
 * text are searched; mentions of one entity are grouped under its id, in order of first mention. The work
 * is done by {@link EntityFinder}; this stage only turns its findings into the output records.
 */
public final class EntityExtractor implements PostStage {
    private final EntityFinder finder;

    /** Over the standard knowledge base. */
    public EntityExtractor() {
        this(KnowledgeBase.standard());
    }

    public EntityExtractor(KnowledgeBase kb) {
        this.finder = new EntityFinder(kb);
    }

    @Override
    public Post apply(Post post) {
        ReferenceDate ref = ReferenceDate.of(post.published());
        LocalDate date = ref != null && ref.full() ? ref.date() : null;
        EntityFinder.Session session = finder.session(date);
        List<Found> found = new ArrayList<>();
        if (post.title() != null) {
            found.addAll(session.find("title", post.title()));
        }
        found.addAll(session.find("text", post.text()));
        if (found.isEmpty()) {
            return post.entities().isEmpty() ? post : post.toBuilder().entities(List.of()).build();
        }
        Map<String, List<Found>> byId = new LinkedHashMap<>();
        for (Found f : found) {
            byId.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f);
        }
        List<EntityRef> refs = new ArrayList<>(byId.size());
        for (List<Found> fs : byId.values()) {
            Found first = fs.get(0);
            double confidence = 0;
            List<Mention> mentions = new ArrayList<>(fs.size());
            String name = first.name();
            for (Found f : fs) {
                confidence = Math.max(confidence, f.confidence());
                mentions.add(new Mention(f.field(), f.start(), f.end(), f.text(), f.how().equals("role") ? "role" : null));
                if (!f.known() && f.name().length() > name.length()) {
                    name = f.name();
                }
            }
            refs.add(new EntityRef(first.id(), name, first.type(), first.known(), confidence, mentions));
        }
        return post.toBuilder().entities(refs).build();
    }
}
