package crmj.cib.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AgentValidator} checks of one primitive (or {@code rsc_template}). Maps keep the order written,
 * which is the order of the messages.
 *
 * @param id the resource id, which starts every message
 * @param agent the resolved agent
 * @param template a {@code rsc_template}: missing required parameters are not reported (they may come from the
 *     primitives using it)
 * @param params the instance attributes, names already normalised ({@link AgentValidator#normalizeParameters})
 * @param meta the meta attributes
 * @param ops the operations in the order written
 * @param defaultOpTimeout {@code op_defaults timeout}, if set: the timeout of operations that give none
 */
public record PrimitiveCheck(
        String id,
        AgentId agent,
        boolean template,
        Map<String, String> params,
        Map<String, String> meta,
        List<OpSpec> ops,
        Optional<String> defaultOpTimeout) {

    /** Copies the collections, keeping their order. */
    public PrimitiveCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(defaultOpTimeout, "defaultOpTimeout");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        ops = List.copyOf(ops);
    }

    /** A primitive with parameters only. */
    public static PrimitiveCheck primitive(String id, AgentId agent, Map<String, String> params) {
        return new PrimitiveCheck(id, agent, false, params, Map.of(), List.of(), Optional.empty());
    }

    /** The same check with these operations. */
    public PrimitiveCheck withOps(List<OpSpec> operations) {
        return new PrimitiveCheck(id, agent, template, params, meta, operations, defaultOpTimeout);
    }

    /** The same check with these meta attributes. */
    public PrimitiveCheck withMeta(Map<String, String> attributes) {
        return new PrimitiveCheck(id, agent, template, params, attributes, ops, defaultOpTimeout);
    }

    /** The same check with an {@code op_defaults} timeout. */
    public PrimitiveCheck withDefaultOpTimeout(String timeout) {
        return new PrimitiveCheck(id, agent, template, params, meta, ops, Optional.of(timeout));
    }

    /** The same check as a {@code rsc_template}. */
    public PrimitiveCheck asTemplate() {
        return new PrimitiveCheck(id, agent, true, params, meta, ops, defaultOpTimeout);
    }
}
