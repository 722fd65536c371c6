package crmj.cib.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distance() {
        assertEquals(0, Suggestions.distance("abc", "abc"));
        assertEquals(1, Suggestions.distance("Filesystm", "Filesystem"));
        assertEquals(1, Suggestions.distance("Fielsystem", "Filesystem"), "a swap counts once");
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(4, Suggestions.distance("", "abcd"));
    }

    @Test
    void closest() {
        List<String> agents = List.of("Dummy", "Filesystem", "IPaddr", "IPaddr2", "nfsserver");
        assertEquals(Optional.of("Filesystem"), Suggestions.closest("Filesystm", agents));
        assertEquals(Optional.of("Filesystem"), Suggestions.closest("filesystem", agents));
        assertEquals(Optional.of("IPaddr2"), Suggestions.closest("IPadr2", agents));
        assertEquals(Optional.of("IPaddr"), Suggestions.closest("IPaddr3", agents), "ties go to the first");
        assertEquals(Optional.empty(), Suggestions.closest("apache", agents));
        assertEquals(Optional.empty(), Suggestions.closest("Dx", List.of("Dummy")));
    }
}
