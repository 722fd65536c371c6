package crmj.cib.xml;

import crmj.cib.model.AgentRef;
import crmj.cib.model.Bundle;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Comment;
import crmj.cib.model.ContainerPart;
import crmj.cib.model.Group;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static crmj.cib.xml.ReadSupport.leadingComments;
import static crmj.cib.xml.ReadSupport.only;
import static crmj.cib.xml.ReadSupport.opt;
import static crmj.cib.xml.ReadSupport.required;

/**
 * Reads the resources section. Objects are flat: a container is followed by its children, which it names by
 * id. A resource that does not fit the model is kept whole as an XmlObject of section {@code resources}.
 */
final class ResourceReader {
    /** The element names of resources. */
    static final Set<String> RESOURCE_TAGS = Set.of("primitive", "template", "group", "clone", "master", "bundle");
    private static final Set<String> CONTAINER_PARTS = Set.of("docker", "podman", "rkt", "network", "storage");
    private static final String SECTION = "resources";

    private ResourceReader() {
    }

    /** Reads one child of {@code <resources>} (or of a container) into {@code out}, children after parents. */
    static void read(XNode.Element e, List<CibObject> out) {
        List<CibObject> typed = new ArrayList<>();
        try {
            switch (e.tag()) {
                case "primitive", "template" -> typed.add(primitive(e));
                case "group" -> group(e, typed);
                case "clone", "master" -> clone(e, typed);
                case "bundle" -> bundle(e, typed);
                default -> throw new Unmodelled("not a resource: " + e.tag());
            }
            out.addAll(typed);
        } catch (Unmodelled u) {
            out.add(ReadSupport.xmlObject(e, SECTION));
        }
    }

    private static Primitive primitive(XNode.Element e) {
        only(e, Set.of("id", "class", "provider", "type", "template", "description"));
        Optional<AgentRef> agent = Optional.empty();
        if (e.attr("class").isPresent() || e.attr("type").isPresent()) {
            agent = Optional.of(new AgentRef(required(e, "class"), opt(e, "provider"), required(e, "type")));
        } else if (e.attr("provider").isPresent()) {
            throw new Unmodelled("provider without class");
        }
        Optional<String> template = opt(e, "template");
        if (agent.isEmpty() && template.isEmpty()) {
            throw new Unmodelled("primitive without agent or template");
        }
        List<Part> parts = new ArrayList<>();
        for (XNode n : ReadSupport.afterLeadingComments(e)) {
            parts.add(SetReader.part(n));
        }
        return new Primitive(required(e, "id"), e.tag().equals("template"), agent, template,
                opt(e, "description"), parts, leadingComments(e));
    }

    private static void group(XNode.Element e, List<CibObject> out) {
        only(e, Set.of("id", "description"));
        List<String> members = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<CibObject> nested = new ArrayList<>();
        for (XNode n : ReadSupport.afterLeadingComments(e)) {
            if (n instanceof XNode.Element c && RESOURCE_TAGS.contains(c.tag())) {
                members.add(required(c, "id"));
                read(c, nested);
            } else {
                parts.add(SetReader.part(n));
            }
        }
        out.add(new Group(required(e, "id"), members, opt(e, "description"), parts, leadingComments(e)));
        out.addAll(nested);
    }

    private static void clone(XNode.Element e, List<CibObject> out) {
        only(e, Set.of("id", "description"));
        String child = null;
        List<Part> parts = new ArrayList<>();
        List<CibObject> nested = new ArrayList<>();
        for (XNode n : ReadSupport.afterLeadingComments(e)) {
            if (n instanceof XNode.Element c && RESOURCE_TAGS.contains(c.tag())) {
                if (child != null) {
                    throw new Unmodelled("clone with two children");
                }
                child = required(c, "id");
                read(c, nested);
            } else {
                parts.add(SetReader.part(n));
            }
        }
        if (child == null) {
            throw new Unmodelled("clone without child");
        }
        out.add(new Clone(required(e, "id"), e.tag().equals("master"), child, opt(e, "description"), parts,
                leadingComments(e)));
        out.addAll(nested);
    }

    private static void bundle(XNode.Element e, List<CibObject> out) {
        only(e, Set.of("id", "description"));
        Optional<String> child = Optional.empty();
        List<Part> parts = new ArrayList<>();
        List<CibObject> nested = new ArrayList<>();
        for (XNode n : ReadSupport.afterLeadingComments(e)) {
            if (n instanceof XNode.Element c && RESOURCE_TAGS.contains(c.tag())) {
                if (child.isPresent()) {
                    throw new Unmodelled("bundle with two children");
                }
                child = Optional.of(required(c, "id"));
                read(c, nested);
            } else if (n instanceof XNode.Element c && CONTAINER_PARTS.contains(c.tag())) {
                parts.add(containerPart(c));
            } else if (n instanceof XNode.Comment c) {
                parts.add(new Comment(c.text()));
            } else {
                parts.add(SetReader.part(n));
            }
        }
        out.add(new Bundle(required(e, "id"), opt(e, "description"), parts, child, leadingComments(e)));
        out.addAll(nested);
    }

    private static Part containerPart(XNode.Element e) {
        List<ContainerPart.Mapping> mappings = new ArrayList<>();
        for (XNode n : e.children()) {
            if (!(n instanceof XNode.Element m) || !m.children().isEmpty()
                    || !(m.tag().equals("port-mapping") || m.tag().equals("storage-mapping"))) {
                return ReadSupport.rawXml(e);
            }
            mappings.add(new ContainerPart.Mapping(m.tag(), m.attributes()));
        }
        return new ContainerPart(e.tag(), e.attributes(), mappings);
    }
}
