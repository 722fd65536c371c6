package crmj.cib.agent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code <parameter>} of an agent's meta-data (or of a Pacemaker daemon's option list).
 *
 * @param name the parameter name
 * @param required {@code required="1"}
 * @param unique {@code unique="1"}
 * @param type the {@code <content type>}: {@code string}, {@code integer}, {@code boolean}, {@code time},
 *     {@code select}, ... (empty when the document gives none)
 * @param defaultValue the {@code <content default>}, if any
 * @param shortdesc the one-line description, trimmed (empty when absent)
 * @param longdesc the long description, trimmed (empty when absent)
 * @param deprecated a {@code deprecated} attribute or an OCF 1.1 {@code <deprecated>} element is present
 * @param obsoletes the {@code obsoletes} attribute: the older parameter this one replaces
 * @param replacedWith the OCF 1.1 {@code <deprecated><replaced-with name>}: the parameter to use instead
 * @param reloadable {@code reloadable="1"}
 * @param uniqueGroup the OCF 1.1 {@code unique-group} attribute
 * @param enumValues the {@code <option value>}s of a {@code select} content, in document order
 */
public record AgentParameter(
        String name,
        boolean required,
        boolean unique,
        String type,
        Optional<String> defaultValue,
        String shortdesc,
        String longdesc,
        boolean deprecated,
        Optional<String> obsoletes,
        Optional<String> replacedWith,
        boolean reloadable,
        Optional<String> uniqueGroup,
        List<String> enumValues) {

    /** Copies the list and rejects nulls. */
    public AgentParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(shortdesc, "shortdesc");
        Objects.requireNonNull(longdesc, "longdesc");
        Objects.requireNonNull(obsoletes, "obsoletes");
        Objects.requireNonNull(replacedWith, "replacedWith");
        Objects.requireNonNull(uniqueGroup, "uniqueGroup");
        enumValues = List.copyOf(enumValues);
    }

    /**
     * Whether crmsh insists on the parameter at commit: required, and neither deprecated nor obsoleting another
     * (crmsh treats such parameters as optional).
     */
    public boolean mandatory() {
        return required && !deprecated && obsoletes.isEmpty();
    }
}
