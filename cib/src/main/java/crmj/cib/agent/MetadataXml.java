package crmj.cib.agent;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xml.sax.SAXException;

/** Maps a meta-data document to {@link AgentMetadata}, reading it the way crmsh's ra.py does. */
final class MetadataXml {
    private MetadataXml() {
    }

    static AgentMetadata parse(String xml) throws AgentException {
        XmlTree root;
        try {
            root = XmlTree.parse(xml);
        } catch (SAXException | IOException e) {
            throw new AgentException(AgentException.Kind.UNREADABLE,
                    "cannot parse meta-data XML: " + e.getMessage(), e);
        }
        if (!root.name().equals("resource-agent")) {
            throw new AgentException(AgentException.Kind.UNREADABLE, "meta-data contains no resource-agent element");
        }
        String shortdesc = root.childText("shortdesc");
        if (shortdesc.isEmpty()) {
            // Red Hat fence agents carry it as an attribute of the root.
            shortdesc = root.attribute("shortdesc").orElse("").strip();
        }
        List<AgentParameter> parameters = root.descendants("parameters", "parameter").stream()
                .filter(p -> !p.attribute("name").orElse("").isEmpty())
                .map(MetadataXml::parameter)
                .toList();
        List<AgentAction> actions = root.descendants("actions", "action").stream()
                .filter(a -> !a.attribute("name").orElse("").isEmpty())
                .map(MetadataXml::action)
                .toList();
        return new AgentMetadata(root.attribute("name").orElse(""), root.attribute("version").orElse(""),
                root.childText("version"), shortdesc, root.childText("longdesc"), parameters, actions);
    }

    /**
     * The meta-data a program printed: it must have exited with 0 and printed a {@code resource-agent}
     * document. Messages start with {@code what} ({@code ocf:heartbeat:Dummy meta-data}).
     */
    static AgentMetadata fromOutput(String what, ProcessRunner.Output output) throws AgentException {
        if (output.exitCode() != 0) {
            String detail = output.firstErrorLine();
            throw new AgentException(AgentException.Kind.FAILED, what + " failed with exit code "
                    + output.exitCode() + (detail.isEmpty() ? "" : ": " + detail));
        }
        if (output.stdout().isBlank()) {
            throw new AgentException(AgentException.Kind.FAILED, what + " printed nothing");
        }
        try {
            return parse(output.stdout());
        } catch (AgentException e) {
            throw new AgentException(e.kind(), what + ": " + e.getMessage(), e);
        }
    }

    private static AgentParameter parameter(XmlTree p) {
        Optional<XmlTree> content = p.child("content");
        Optional<XmlTree> deprecatedElement = p.child("deprecated");
        boolean deprecated = deprecatedElement.isPresent() || nonEmpty(p.attribute("deprecated")).isPresent();
        Optional<String> replacedWith = deprecatedElement.flatMap(d -> d.child("replaced-with"))
                .flatMap(r -> nonEmpty(r.attribute("name")));
        List<String> options = content.map(c -> c.children("option").stream()
                        .map(o -> o.attribute("value").orElse(""))
                        .filter(v -> !v.isEmpty())
                        .toList())
                .orElse(List.of());
        return new AgentParameter(
                p.attribute("name").orElseThrow(),
                "1".equals(p.attribute("required").orElse("")),
                "1".equals(p.attribute("unique").orElse("")),
                content.flatMap(c -> c.attribute("type")).orElse(""),
                content.flatMap(c -> c.attribute("default")),
                p.childText("shortdesc"),
                p.childText("longdesc"),
                deprecated,
                nonEmpty(p.attribute("obsoletes")),
                replacedWith,
                "1".equals(p.attribute("reloadable").orElse("")),
                nonEmpty(p.attribute("unique-group")),
                options);
    }

    private static AgentAction action(XmlTree a) {
        Map<String, String> attributes = new LinkedHashMap<>();
        a.attributes().forEach((k, v) -> {
            if (!v.isEmpty()) {
                attributes.put(k, v);
            }
        });
        return new AgentAction(a.attribute("name").orElseThrow(), attributes);
    }

    private static Optional<String> nonEmpty(Optional<String> value) {
        return value.filter(v -> !v.isEmpty());
    }
}
