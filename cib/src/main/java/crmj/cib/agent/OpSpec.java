package crmj.cib.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An operation of a primitive as configured ({@code op monitor interval=10s timeout=20s}), for
 * {@link AgentValidator}.
 *
 * @param name the action ({@code monitor}, {@code start}, ...)
 * @param attributes the other attributes in the order written ({@code interval}, {@code timeout}, {@code role},
 *     {@code on-fail}, ...); a {@code name} entry is dropped
 */
public record OpSpec(String name, Map<String, String> attributes) {

    /** Copies the attributes, keeping their order. */
    public OpSpec {
        Objects.requireNonNull(name, "name");
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(attributes);
        copy.remove("name");
        attributes = Collections.unmodifiableMap(copy);
    }

    /** An operation from alternating names and values: {@code OpSpec.of("monitor", "interval", "10s")}. */
    public static OpSpec of(String name, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new OpSpec(name, attributes);
    }

    /** An attribute's value. */
    public Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }
}
