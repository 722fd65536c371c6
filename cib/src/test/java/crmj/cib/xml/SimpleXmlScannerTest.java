package crmj.cib.xml;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SimpleXmlScanner} against the JDK's SAX parser: whatever the scanner accepts must parse with
 * SAX to the same tree; what it refuses goes to SAX. Real CIBs (test resources, the shared Pacemaker
 * corpus), hand-written corner cases, and seeded random damage to a CIB.
 */
class SimpleXmlScannerTest {

    /** The scanner's tree, or empty when it refuses the text. */
    private static Optional<XNode.Element> scanned(String text, String skipped) {
        return Optional.ofNullable(XmlParser.scanOnly(text, skipped));
    }

    /** When the scanner accepts, SAX must accept too, with an equal tree. Returns whether it accepted. */
    private static boolean agrees(String text, String skipped) {
        Optional<XNode.Element> mine = scanned(text, skipped);
        if (mine.isEmpty()) {
            return false;
        }
        XNode.Element sax;
        try {
            sax = XmlParser.parseWithSax(text, "t", skipped);
        } catch (CibXmlException e) {
            throw new AssertionError("scanner accepted what SAX refuses (" + e.getMessage() + "): " + text);
        }
        assertEquals(sax, mine.get(), text);
        return true;
    }

    @Test
    void realCibsGiveTheSameTree() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources"), Path.of("../../shared/reference"),
                Path.of("../shared/reference"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(p -> p.toString().endsWith(".xml")).forEach(files::add);
                }
            }
        }
        TestFiles.shared().map(p -> p.resolve("pacemaker-cts/xml")).filter(Files::isDirectory).ifPresent(d -> {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        int accepted = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            boolean saxOk;
            try {
                XmlParser.parseWithSax(text, "t", null);
                saxOk = true;
            } catch (CibXmlException e) {
                saxOk = false;
            }
            if (agrees(text, null) && agrees(text, "status")) {
                accepted++;
            } else if (saxOk) {
                // refused: fine, SAX parses it (e.g. a DOCTYPE or CDATA); nothing to compare
                assertTrue(true);
            }
        }
        assertTrue(files.isEmpty() || accepted * 2 > files.size(), accepted + " of " + files.size() + " accepted");
    }

    @Test
    void cornerCases() {
        String[] accepted = {
            "<a/>",
            "<?xml version=\"1.0\"?><a/>",
            "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<a/>\n",
            "<!-- c --><a b=\"1\" c='2'  d = \"x&amp;y&lt;&gt;&quot;&apos;\"/><!--after-->",
            "<a b=\"tab\there\nnl &#10; &#x41;&#65;\">text &amp; more <b/> tail</a>",
            "<a>  <b>x</b>\n  <!-- inner -- comment? no -->\n</a>".replace("-- comment? no ", " comment "),
            "<a><b>]]&gt;</b><c>a]b]]c</c></a>",
            "<a b=\"&#x1F600;\">caf\u00e9 \u4e2d</a>",
            "<cib><configuration/><status><node_state id=\"1\"><lrm/></node_state></status></cib>",
            "<a b=\">\"/>",
            "<a></a >",
            "<a\n b\t=\n'v'\n/>",
        };
        for (String t : accepted) {
            assertTrue(agrees(t, null), "should be scanned: " + t);
            agrees(t, "status");
        }
        String[] refused = {
            "", " ", "<a>", "<a></b>", "<a b=\"1\" b=\"2\"/>", "<a b=\"<\"/>", "<a b=1/>", "<a b=\"1\"c=\"2\"/>",
            "<a>&nbsp;</a>", "<a>&#0;</a>", "<a>]]></a>", "<a><![CDATA[x]]></a>", "<!DOCTYPE a><a/>",
            "<a><?pi x?></a>", "<a/><b/>", "<a/>text", "text<a/>", "<a:b/>", "<a x:y=\"1\"/>", "<a>\r\n</a>",
            "<a><!-- a -- b --></a>", "<a><!-- a ---></a>", "<?xml version=\"1.1\"?><a/>",
            "<?xml-stylesheet href=\"x\"?><a/>", "<a>\u0001</a>", "<a b=\"\u0001\"/>", "<\u00e9/>",
            "<a>&#xD800;</a>", "<a>&#X41;</a>", "<a/ >", "<a b='1\"/>",
        };
        for (String t : refused) {
            assertFalse(scanned(t, null).isPresent(), "should be refused: " + t);
        }
    }

    @Test
    void randomDamageNeverDisagrees() throws IOException {
        String base = Files.readString(Path.of("src/test/resources/xml").resolve(firstXml()));
        Random r = new Random(42);
        String alphabet = "<>/=\"'&;!-?[]# \n\tabc:\u00e9\r";
        int accepted = 0;
        for (int k = 0; k < 3000; k++) {
            StringBuilder t = new StringBuilder(base);
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = r.nextInt(t.length());
                switch (r.nextInt(3)) {
                    case 0 -> t.deleteCharAt(at);
                    case 1 -> t.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    default -> t.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            if (agrees(t.toString(), k % 2 == 0 ? null : "status")) {
                accepted++;
            }
        }
        // a good part of the damaged texts are still XML (a changed letter in a value...): compared too
        assertTrue(accepted > 300, accepted + " of 3000 damaged texts scanned");
    }

    private static String firstXml() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/xml"))) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().findFirst().orElseThrow()
                    .getFileName().toString();
        }
    }
}
