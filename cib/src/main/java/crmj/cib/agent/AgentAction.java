package crmj.cib.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code <action>} of an agent's meta-data: the advised minimum timeout, interval and so on.
 *
 * @param name the action ({@code start}, {@code monitor}, {@code meta-data}, ...)
 * @param attributes every other attribute with a non-empty value, in document order ({@code timeout},
 *     {@code interval}, {@code depth}, {@code role}, {@code start-delay}, ...)
 */
public record AgentAction(String name, Map<String, String> attributes) {

    /** Copies the attributes, keeping their order, and drops {@code name}. */
    public AgentAction {
        Objects.requireNonNull(name, "name");
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(attributes);
        copy.remove("name");
        copy.values().forEach(v -> Objects.requireNonNull(v, "attribute value"));
        attributes = Collections.unmodifiableMap(copy);
    }

    /** An attribute's value. */
    public Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /** The advised timeout, as written ({@code 20s}, {@code 240}). */
    public Optional<String> timeout() {
        return attribute("timeout");
    }

    /** The advised interval, as written. */
    public Optional<String> interval() {
        return attribute("interval");
    }

    /** The OCF monitor depth. */
    public Optional<String> depth() {
        return attribute("depth");
    }

    /** The role the action applies to ({@code Promoted}, {@code Master}, ...). */
    public Optional<String> role() {
        return attribute("role");
    }

    /** The advised start delay. */
    public Optional<String> startDelay() {
        return attribute("start-delay");
    }
}
