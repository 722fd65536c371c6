package crmj.cib.xml;

import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CibXmlWriter#write} reuses the configuration text it printed last for the same object list: the
 * result must be what a fresh print gives, whatever was written before.
 */
class CibXmlWriterReuseTest {
    private static final Cib SEED = CibXmlReader.read(TestFiles.resource("seed-cib.xml"));

    @Test
    void writingTheSameObjectsWithNewAttributesKeepsBothRight() {
        String first = CibXmlWriter.write(SEED);
        assertEquals(TestFiles.resource("seed-cib.xml"), first);
        Cib bumped = SEED.withAttribute("epoch", "99").withAttribute("num_updates", "0");
        String second = CibXmlWriter.write(bumped);
        assertTrue(second.contains(" epoch=\"99\""));
        assertEquals(first.replaceFirst(" epoch=\"\\d+\"", " epoch=\"99\"").replaceFirst(" num_updates=\"\\d+\"",
                " num_updates=\"0\""), second);
    }

    @Test
    void otherObjectsAreNeverGivenTheLastText() {
        String all = CibXmlWriter.write(SEED);
        List<CibObject> fewer = new ArrayList<>(SEED.objects());
        CibObject dropped = fewer.remove(fewer.size() - 1);
        String less = CibXmlWriter.write(SEED.withObjects(fewer));
        assertFalse(less.equals(all));
        // an equal list that is another instance is printed again, and gives the same text
        String again = CibXmlWriter.write(SEED.withObjects(new ArrayList<>(SEED.objects())));
        assertEquals(all, again);
        assertTrue(all.contains("id=\"" + dropped.id() + "\""));
    }

    @Test
    void theStatusIsNotPartOfTheReusedText() {
        String empty = CibXmlWriter.write(new Cib(SEED.attributes(), SEED.objects(), ""));
        String withStatus = CibXmlWriter.write(new Cib(SEED.attributes(), SEED.objects(), "<status>\n  </status>"));
        assertTrue(empty.endsWith("  <status/>\n</cib>\n"));
        assertTrue(withStatus.endsWith("  <status>\n  </status>\n</cib>\n"));
        assertEquals(empty.replace("<status/>", "<status>\n  </status>"), withStatus);
    }
}
