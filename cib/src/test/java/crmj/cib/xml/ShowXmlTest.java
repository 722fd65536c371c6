package crmj.cib.xml;

import crmj.cib.model.Cib;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code show xml ID} prints what crmsh 4.4.1 prints (samples in resources xml/crmsh/show, see regen.sh). */
class ShowXmlTest {

    @TestFactory
    Stream<DynamicTest> showXmlMatchesCrmsh() {
        return TestFiles.resource("crmsh/show/cases.txt").lines().filter(l -> !l.isBlank()).map(line -> {
            List<String> words = Arrays.asList(line.trim().split("\\s+"));
            String cibName = words.get(0);
            List<String> ids = words.subList(1, words.size());
            String sample = "crmsh/show/" + cibName + "-" + String.join("+", ids) + ".txt";
            return DynamicTest.dynamicTest(line, () -> {
                Cib cib = CibXmlReader.read(TestFiles.resource("crmsh/" + cibName + ".xml"));
                assertEquals(TestFiles.resource(sample), CibXmlWriter.showXml(cib, ids));
            });
        });
    }
}
