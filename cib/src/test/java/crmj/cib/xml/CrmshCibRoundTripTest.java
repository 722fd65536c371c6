package crmj.cib.xml;

import crmj.cib.model.Cib;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CIB files written by crmsh 4.4.1 (CIB_file mode, see resources xml/crmsh/regen.sh) come back byte for byte
 * after read and write.
 */
class CrmshCibRoundTripTest {
    private static final List<String> CRMSH_MADE = List.of("mixed", "constraints", "params-rules", "comments",
            "bundle", "acl", "fencing-alerts", "explicit-ids");

    @Test
    void emptyCibIsWrittenAsPacemakerWritesIt() {
        String empty = TestFiles.resource("empty.xml");
        assertEquals(empty, CibXmlWriter.write(CibXmlReader.read(empty)));
    }

    @Test
    void seedCibRoundTripsByteForByte() {
        String seed = TestFiles.resource("seed-cib.xml");
        assertEquals(seed, CibXmlWriter.write(CibXmlReader.read(seed)));
    }

    @TestFactory
    Stream<DynamicTest> crmshMadeCibsRoundTripByteForByte() {
        return CRMSH_MADE.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String xml = TestFiles.resource("crmsh/" + name + ".xml");
            Cib cib = CibXmlReader.read(xml);
            assertEquals(xml, CibXmlWriter.write(cib));
        }));
    }

    @TestFactory
    Stream<DynamicTest> crmshMadeCibsAreFullyModelled() {
        return CRMSH_MADE.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Cib cib = CibXmlReader.read(TestFiles.resource("crmsh/" + name + ".xml"));
            assertEquals(List.of(), ModelScan.unmodelled(cib), name + " has verbatim parts");
        }));
    }
}
