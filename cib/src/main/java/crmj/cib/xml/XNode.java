package crmj.cib.xml;

import crmj.cib.model.Attr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A node of the small XML tree used between the parser, the model mappers and the printers. */
sealed interface XNode permits XNode.Element, XNode.Comment, XNode.Text, XNode.Verbatim {

    /** An element: tag, attributes in document order, children in document order. */
    record Element(String tag, List<Attr> attributes, List<XNode> children) implements XNode {
        public Element {
            Objects.requireNonNull(tag, "tag");
            attributes = List.copyOf(attributes);
            children = List.copyOf(children);
        }

        /** The value of an attribute. */
        Optional<String> attr(String name) {
            return Attr.find(attributes, name);
        }

        /** The child elements, without comments and text. */
        List<Element> elements() {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
        }

        /** True when every attribute name is one of {@code allowed}. */
        boolean onlyAttributes(java.util.Set<String> allowed) {
            return attributes.stream().allMatch(a -> allowed.contains(a.name()));
        }
    }

    /** An XML comment (its text between {@code <!--} and {@code -->}). */
    record Comment(String text) implements XNode {
        public Comment {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Character data that is not only whitespace. */
    record Text(String text) implements XNode {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Already serialized text written as it is (the status section). */
    record Verbatim(String text) implements XNode {
        public Verbatim {
            Objects.requireNonNull(text, "text");
        }
    }
}
