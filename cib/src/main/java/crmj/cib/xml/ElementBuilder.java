package crmj.cib.xml;

import crmj.cib.model.Attr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A mutable helper to build an {@link XNode.Element} with attributes in a chosen order. */
final class ElementBuilder {
    private final String tag;
    private final List<Attr> attrs = new ArrayList<>();
    private final List<XNode> children = new ArrayList<>();

    ElementBuilder(String tag) {
        this.tag = tag;
    }

    ElementBuilder attr(String name, String value) {
        attrs.add(new Attr(name, value));
        return this;
    }

    ElementBuilder attr(String name, Optional<String> value) {
        value.ifPresent(v -> attrs.add(new Attr(name, v)));
        return this;
    }

    ElementBuilder attrs(List<Attr> list) {
        attrs.addAll(list);
        return this;
    }

    ElementBuilder child(XNode node) {
        children.add(node);
        return this;
    }

    ElementBuilder children(List<? extends XNode> nodes) {
        children.addAll(nodes);
        return this;
    }

    ElementBuilder comments(List<String> comments) {
        comments.forEach(c -> children.add(new XNode.Comment(c)));
        return this;
    }

    XNode.Element build() {
        return new XNode.Element(tag, attrs, children);
    }
}
