package org.newsgraph.ingest.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads the gold JSON into records. It asks for exactly the fields the reference scorer reads
 * and is lenient with the rest (post details, notes, a page's year, an event's evidence), so
 * that every gold file the reference scorer accepts is accepted here too.
 */
final class GoldJson {
    private static final String AMOUNT = "amount";

    private final String source;

    GoldJson(String source) {
        this.source = source;
    }

    GoldDocument document(String json) {
        JsonObject doc;
        try {
            doc = JSON.parse(json);
        } catch (JsonException e) {
            throw refused("not a JSON object: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jena's JSON parser reports some malformed input, such as a truncated file, by other exceptions.
            throw refused("not a JSON object: the text is malformed or cut short (" + e + ")", e);
        }
        return new GoldDocument(string(doc.get("document")), integer(doc.get("year")),
                objects(doc, "posts").stream().map(this::post).toList(),
                objects(doc, "entities").stream().map(this::entity).toList(), events(objects(doc, "events")));
    }

    private GoldPost post(JsonObject post) {
        return new GoldPost(integer(post.get("position")).orElse(0),
                string(post.get("headline")).orElse(""), string(post.get("publishedAt")).orElse(""),
                scalars(post.get("authors")), truthy(post.get("isBreaking")));
    }

    private GoldEntity entity(JsonObject entity) {
        String label = required(entity, "label", "an entity");
        List<GoldRole> roles = objects(entity, "roles").stream().map(r -> new GoldRole(
                required(r, "title", "a role of " + label), strings(r, "titleAliases"),
                required(r, "of", "a role of " + label), strings(r, "ofAlternatives"), truthy(r.get("optional"))))
                .toList();
        return new GoldEntity(label, required(entity, "type", "entity " + label), strings(entity, "aliases"), roles,
                truthy(entity.get("optional")));
    }

    private List<GoldEvent> events(List<JsonObject> events) {
        List<GoldEvent> out = new ArrayList<>();
        for (JsonObject event : events) {
            String id = string(event.get("id")).orElse("events[" + out.size() + "]");
            JsonValue argsValue = event.get("args");
            JsonObject args = argsValue != null && argsValue.isObject() ? argsValue.getAsObject() : new JsonObject();
            Map<String, List<String>> texts = new LinkedHashMap<>();
            args.forEach((name, value) -> {
                if (!name.equals(AMOUNT)) {
                    texts.put(name, scalars(value));
                }
            });
            List<GoldAmount> amounts = asList(args.get(AMOUNT)).stream()
                    .map(a -> amount(a, id))
                    .toList();
            List<Integer> posts = asList(event.get("posts")).stream()
                    .filter(JsonValue::isNumber)
                    .map(p -> p.getAsNumber().value().intValue())
                    .toList();
            Optional<GoldEvent.Evidence> evidence = string(event.get("evidence")).map(sentence ->
                    new GoldEvent.Evidence(sentence, integer(event.get("evidencePost")).orElse(0)));
            out.add(new GoldEvent(id, required(event, "type", "event " + id), posts, texts, amounts,
                    truthy(event.get("optional")), evidence));
        }
        return out;
    }

    private GoldAmount amount(JsonValue amount, String event) {
        if (!amount.isObject()) {
            throw refused("an amount of event " + event + " is not an object: " + amount, null);
        }
        JsonValue value = amount.getAsObject().get("value");
        OptionalDouble number = value == null ? OptionalDouble.empty()
                : value.isNumber() ? OptionalDouble.of(value.getAsNumber().value().doubleValue())
                : value.isString() ? Amounts.pythonFloat(value.getAsString().value())
                : OptionalDouble.empty();
        String currency = required(amount.getAsObject(), "currency", "an amount of event " + event);
        return new GoldAmount(number.orElseThrow(() -> refused("an amount of event " + event
                + " has no numeric \"value\"", null)), currency);
    }

    /** A field's string; refused when it is missing or not a string. */
    private String required(JsonObject object, String field, String what) {
        return string(object.get(field)).orElseThrow(() -> refused(what + " has no \"" + field + "\" string", null));
    }

    /** A list of strings; refused when it holds anything else, since names must be text. */
    private List<String> strings(JsonObject object, String field) {
        List<String> out = new ArrayList<>();
        for (JsonValue value : asList(object.get(field))) {
            out.add(string(value).orElseThrow(() -> refused("\"" + field + "\" holds a value that is not a string: "
                    + value, null)));
        }
        return out;
    }

    /** The objects of a list field, skipping anything else. */
    private static List<JsonObject> objects(JsonObject object, String field) {
        return asList(object.get(field)).stream().filter(JsonValue::isObject).map(JsonValue::getAsObject).toList();
    }

    /** An argument's values as text: strings as they are, numbers and booleans as written; nested values are left out. */
    private static List<String> scalars(JsonValue value) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : asList(value)) {
            if (v.isString()) {
                out.add(v.getAsString().value());
            } else if (v.isNumber() || v.isBoolean()) {
                out.add(v.toString());
            }
        }
        return out;
    }

    /** The reference scorer's {@code as_list}: nothing, one value, or the values of an array. */
    private static List<JsonValue> asList(JsonValue value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        return value.isArray() ? value.getAsArray() : List.of(value);
    }

    /** A whole number, when the value is a number. */
    private static OptionalInt integer(JsonValue value) {
        return value != null && value.isNumber() ? OptionalInt.of(value.getAsNumber().value().intValue())
                : OptionalInt.empty();
    }

    private static Optional<String> string(JsonValue value) {
        return value != null && value.isString() ? Optional.of(value.getAsString().value()) : Optional.empty();
    }

    /** Python's truth value of a JSON value, as the reference scorer tests {@code optional}. */
    private static boolean truthy(JsonValue value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.getAsBoolean().value();
        }
        if (value.isNumber()) {
            return value.getAsNumber().value().doubleValue() != 0;
        }
        if (value.isString()) {
            return !value.getAsString().value().isEmpty();
        }
        return value.isArray() ? !value.getAsArray().isEmpty() : !value.getAsObject().isEmpty();
    }

    private GoldRefused refused(String reason, Throwable cause) {
        return new GoldRefused(source, reason, cause);
    }
}
