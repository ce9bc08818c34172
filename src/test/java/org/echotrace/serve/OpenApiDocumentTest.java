package org.echotrace.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The OpenAPI document and the route table say the same: the same operations, parameters and write access. */
class OpenApiDocumentTest {

    @Test
    void documentMatchesTheRouteTable() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/org/echotrace/serve/web/openapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Map<String, Set<String>> documented = new TreeMap<>();
        Map<String, Boolean> secured = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String key = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey();
                Set<String> params = new HashSet<>();
                for (JsonNode param : op.getValue().path("parameters")) {
                    if (param.get("in").asText().equals("query")) {
                        params.add(param.get("name").asText());
                    } else {
                        assertThat(p.getKey()).contains("{" + param.get("name").asText() + "}");
                    }
                }
                documented.put(key, params);
                secured.put(key, op.getValue().has("security"));
                assertThat(op.getValue().path("responses").has("200")).as(key).isTrue();
            }
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        Api api = new Api(new StubQueries(), null, false);
        for (Route r : Routes.api(api)) {
            String key = r.method() + " " + r.path();
            declared.put(key, r.params());
            assertThat(secured.get(key)).as("security of " + key).isEqualTo(r.write());
        }
        assertThat(documented).isEqualTo(declared);
    }
}
