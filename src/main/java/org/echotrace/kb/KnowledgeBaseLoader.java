package org.echotrace.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the knowledge base's YAML data files and validates every entry: required fields, id syntax and
 * uniqueness, known types, role keys from {@code roles.txt}, country codes, dates, and no unknown keys. A bad
 * entry fails the load with {@code file:line: what is wrong}, since a knowledge base that silently drops
 * entries would make every count downstream wrong.
 *
 * <p>The files are listed, in order, in {@code index.txt} beside them (explicit, no classpath scanning).
 */
public final class KnowledgeBaseLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern TELEGRAM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9.-]+\\.[a-z]{2,}");
    private static final Pattern LANG = Pattern.compile("[a-z]{2}");
    private static final Set<String> FIELDS = Set.of("id", "type", "kind", "name", "country", "aliases", "demonyms",
            "roles", "state_affiliated", "languages", "domains", "telegram", "iso");
    private static final Set<String> ROLE_FIELDS = Set.of("role", "of", "to", "title", "from", "until");
    private static final Set<String> COUNTRIES = countries();

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Set<String> roleKeys;

    public KnowledgeBaseLoader() {
        this.roleKeys = Set.copyOf(readLines("roles.txt"));
    }

    /** Loads every file named in {@code index.txt}. */
    public List<KbEntity> loadAll() {
        // files parse independently: in parallel, then joined in index order
        List<List<KbEntity>> parts = readLines("index.txt").parallelStream().map(file -> {
            try (InputStream in = open(file)) {
                return load(file, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge-base file " + file, e);
            }
        }).toList();
        List<KbEntity> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<KbEntity> part : parts) {
            for (KbEntity e : part) {
                if (!ids.add(e.id())) {
                    throw new IllegalStateException(e.where() + ": duplicate id '" + e.id() + "'");
                }
                all.add(e);
            }
        }
        return all;
    }

    /** Parses one YAML file: a sequence of entity mappings. */
    public List<KbEntity> load(String file, InputStream in) throws IOException {
        List<KbEntity> out = new ArrayList<>();
        try (JsonParser p = yaml.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return out;
            }
            if (t != JsonToken.START_ARRAY) {
                throw new IllegalStateException(file + ":" + line(p) + ": expected a list of entities");
            }
            while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                int line = line(p);
                JsonNode node = yaml.readTree(p);
                out.add(entity(file, line, node));
            }
            if (t != JsonToken.END_ARRAY) {
                throw new IllegalStateException(file + ":" + line(p) + ": expected an entity mapping");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new IllegalStateException(file + ":" + (loc == null ? "?" : loc.getLineNr()) + ": malformed YAML: "
                    + e.getOriginalMessage());
        }
        return out;
    }

    private KbEntity entity(String file, int line, JsonNode n) {
        String where = file + ":" + line;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalStateException(where + ": unknown field '" + f + "'");
            }
        }
        String id = text(n, "id", where, true);
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException(where + ": id '" + id + "' is not a lower-case slug");
        }
        String typeName = text(n, "type", where, true);
        EntityType type;
        try {
            type = EntityType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown type '" + typeName + "' (PERSON, ORG, PLACE, OUTLET)");
        }
        String name = text(n, "name", where, true);
        String country = text(n, "country", where, false);
        if (country == null) {
            country = text(n, "iso", where, false);
        }
        if (country != null && !COUNTRIES.contains(country)) {
            throw new IllegalStateException(where + ": unknown country code '" + country + "'");
        }
        List<Role> roles = new ArrayList<>();
        JsonNode rs = n.get("roles");
        if (rs != null) {
            if (!rs.isArray()) {
                throw new IllegalStateException(where + ": roles must be a list");
            }
            for (JsonNode r : rs) {
                roles.add(role(where, r));
            }
        }
        List<String> domains = list(n, "domains", where);
        for (String d : domains) {
            if (!DOMAIN.matcher(d).matches()) {
                throw new IllegalStateException(where + ": bad domain '" + d + "'");
            }
        }
        List<String> telegram = list(n, "telegram", where);
        for (String h : telegram) {
            if (!TELEGRAM.matcher(h).matches()) {
                throw new IllegalStateException(where + ": bad Telegram username '" + h + "'");
            }
        }
        List<String> languages = list(n, "languages", where);
        for (String l : languages) {
            if (!LANG.matcher(l).matches()) {
                throw new IllegalStateException(where + ": bad language code '" + l + "'");
            }
        }
        JsonNode sa = n.get("state_affiliated");
        if (sa != null && !sa.isBoolean()) {
            throw new IllegalStateException(where + ": state_affiliated must be true or false");
        }
        List<String> aliases = new ArrayList<>(new LinkedHashSet<>(list(n, "aliases", where)));
        aliases.remove(name);
        return new KbEntity(id, type, text(n, "kind", where, false), name, country, aliases,
                list(n, "demonyms", where), roles, sa == null ? null : sa.booleanValue(), languages, domains,
                telegram, file, line);
    }

    private Role role(String where, JsonNode r) {
        if (!r.isObject()) {
            throw new IllegalStateException(where + ": a role must be a mapping");
        }
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ROLE_FIELDS.contains(f)) {
                throw new IllegalStateException(where + ": unknown role field '" + f + "'");
            }
        }
        String key = text(r, "role", where, true);
        if (!roleKeys.contains(key)) {
            throw new IllegalStateException(where + ": unknown role '" + key + "' (see roles.txt)");
        }
        String of = text(r, "of", where, true);
        LocalDate from = date(text(r, "from", where, false), false, where);
        LocalDate until = date(text(r, "until", where, false), true, where);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalStateException(where + ": role '" + key + "' ends before it starts");
        }
        return new Role(key, of, text(r, "to", where, false), text(r, "title", where, false), from, until);
    }

    /** {@code 2004}, {@code 2004-03} or {@code 2004-03-09}; an end date rounds to the period's last day. */
    static LocalDate date(String s, boolean end, String where) {
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(s);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException(where + ": bad date '" + s + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    private static String text(JsonNode n, String field, String where, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalStateException(where + ": missing '" + field + "'");
            }
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalStateException(where + ": '" + field + "' must be a single value");
        }
        String s = v.asText().strip();
        if (s.isEmpty() && required) {
            throw new IllegalStateException(where + ": empty '" + field + "'");
        }
        return s.isEmpty() ? null : s;
    }

    private static List<String> list(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalStateException(where + ": '" + field + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isValueNode() || x.asText().isBlank()) {
                throw new IllegalStateException(where + ": '" + field + "' has an empty or nested item");
            }
            out.add(x.asText().strip());
        }
        return out;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static InputStream open(String name) {
        InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing knowledge-base file org/echotrace/kb/" + name);
        }
        return in;
    }

    static List<String> readLines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> countries() {
        Set<String> s = new HashSet<>(Set.of(java.util.Locale.getISOCountries()));
        s.add("XK"); // Kosovo, user-assigned but in common use
        return Set.copyOf(s);
    }

}
