package crmj.cib.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code <nvpair>}: a name with an optional value, or a reference to another nvpair
 * ({@code id-ref}, written {@code @id} or {@code @id:name} in crm syntax).
 */
public record Nvpair(Optional<String> id, Optional<String> name, Optional<String> value, Optional<String> idRef) {
    public Nvpair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(idRef, "idRef");
    }

    /** An nvpair with an id, a name and a value. */
    public static Nvpair of(String id, String name, String value) {
        return new Nvpair(Optional.of(id), Optional.of(name), Optional.ofNullable(value), Optional.empty());
    }
}
