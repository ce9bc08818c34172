package org.echotrace.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name-tagger models shipped in the jar ({@code ru.model}, {@code en.model} beside this class, built by
 * {@code scripts/train-ner}), loaded once on first use. Russian serves Russian, Ukrainian and Belarusian
 * posts; English serves English. Nothing is fetched at run time: a language without a shipped model has no
 * tagger, and its posts get knowledge-base names only.
 */
public final class NameModels {
    private static final Map<String, Optional<NameTagger>> LOADED = new ConcurrentHashMap<>();

    private NameModels() {
    }

    /** The tagger for a post's language code, if one is shipped. */
    public static Optional<NameTagger> forLanguage(String language) {
        if (language == null) {
            return Optional.empty();
        }
        String model = switch (language) {
            case "ru", "uk", "be" -> "ru";
            case "en" -> "en";
            default -> null;
        };
        if (model == null) {
            return Optional.empty();
        }
        return LOADED.computeIfAbsent(model, NameModels::load);
    }

    private static Optional<NameTagger> load(String name) {
        String file = name + ".model";
        try (InputStream in = NameModels.class.getResourceAsStream(file)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new NameTagger(NameModel.read(in, file)));
        } catch (IOException e) {
            throw new UncheckedIOException("name-tagger model " + file + ": " + e.getMessage(), e);
        }
    }
}
