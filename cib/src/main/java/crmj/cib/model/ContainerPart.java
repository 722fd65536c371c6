package crmj.cib.model;

import java.util.List;
import java.util.Objects;

/**
 * A bundle's {@code <docker>}, {@code <podman>}, {@code <rkt>}, {@code <network>} or {@code <storage>}
 * element: its attributes and its mapping children ({@code port-mapping}, {@code storage-mapping}).
 */
public record ContainerPart(String tag, List<Attr> attributes, List<Mapping> mappings) implements Part {
    public ContainerPart {
        Objects.requireNonNull(tag, "tag");
        attributes = List.copyOf(attributes);
        mappings = List.copyOf(mappings);
    }

    /** A {@code <port-mapping>} or {@code <storage-mapping>} element. */
    public record Mapping(String tag, List<Attr> attributes) {
        public Mapping {
            Objects.requireNonNull(tag, "tag");
            attributes = List.copyOf(attributes);
        }
    }
}
