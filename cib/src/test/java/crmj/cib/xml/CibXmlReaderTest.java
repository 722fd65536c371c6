package crmj.cib.xml;

import crmj.cib.model.AgentRef;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Comment;
import crmj.cib.model.Group;
import crmj.cib.model.Order;
import crmj.cib.model.Primitive;
import crmj.cib.model.RawXml;
import crmj.cib.model.SetKind;
import crmj.cib.model.XmlObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CibXmlReaderTest {
    private static final String HEAD = "<cib epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\">\n  <configuration>\n";
    private static final String TAIL = "  </configuration>\n  <status/>\n</cib>\n";

    private static String cib(String configuration) {
        return HEAD + configuration + TAIL;
    }

    private static String roundTrip(String xml) {
        return CibXmlWriter.write(CibXmlReader.read(xml));
    }

    @Test
    void readsTheSeedIntoFlatObjectsInDocumentOrder() {
        Cib cib = CibXmlReader.read(TestFiles.resource("seed-cib.xml"));
        assertEquals(List.of("cib-bootstrap-options", "1", "2", "HA", "fs_nfs", "nfs", "ms_drbd_nfs", "drbd_nfs",
                        "fs-nfs-before-nfs", "loc", "ms-drbd-nfs-before-fs-nfs", "ms-drbd-nfs-with-ha"),
                cib.objects().stream().map(CibObject::id).toList());
        Group ha = (Group) cib.find("HA").orElseThrow();
        assertEquals(List.of("fs_nfs", "nfs"), ha.members());
        Clone ms = (Clone) cib.find("ms_drbd_nfs").orElseThrow();
        assertTrue(ms.master());
        assertEquals("drbd_nfs", ms.child());
        Primitive fs = (Primitive) cib.find("fs_nfs").orElseThrow();
        assertEquals(Optional.of(new AgentRef("ocf", Optional.of("heartbeat"), "Filesystem")), fs.agent());
        assertEquals(Optional.of("/dev/drbd0"), fs.sets(SetKind.INSTANCE_ATTRIBUTES).get(0).value("device"));
        assertEquals(List.of("fs_nfs-start-0", "fs_nfs-stop-0"), fs.ops().stream().map(o -> o.id()).toList());
        Order o = (Order) cib.find("fs-nfs-before-nfs").orElseThrow();
        assertEquals(Optional.of("start"), o.attribute("then-action"));
        assertEquals("<status/>", cib.status());
        assertEquals(Optional.of("2"), cib.attribute("epoch"));
    }

    @Test
    void aModelBuiltInCreationOrderIsWrittenLikeCrmsh() {
        Cib read = CibXmlReader.read(TestFiles.resource("seed-cib.xml"));
        // crmsh's creation order: nodes, properties, primitives, then the group and the ms that take them in
        List<String> created = List.of("1", "2", "cib-bootstrap-options", "drbd_nfs", "fs_nfs", "nfs", "HA",
                "ms_drbd_nfs", "fs-nfs-before-nfs", "loc", "ms-drbd-nfs-before-fs-nfs", "ms-drbd-nfs-with-ha");
        Cib built = read.withObjects(created.stream().map(id -> read.find(id).orElseThrow()).toList());
        assertEquals(TestFiles.resource("seed-cib.xml"), CibXmlWriter.write(built));
    }

    @Test
    void aResourceWithAnUnknownAttributeIsKeptWhole() {
        String xml = cib("""
                    <crm_config/>
                    <nodes/>
                    <resources>
                      <group id="g">
                        <primitive id="p" class="ocf" provider="heartbeat" type="Dummy" future="yes">
                          <operations>
                            <op name="monitor" interval="10s" id="p-monitor-10s"/>
                          </operations>
                        </primitive>
                      </group>
                    </resources>
                    <constraints/>
                """);
        Cib cib = CibXmlReader.read(xml);
        assertEquals(List.of("p"), ((Group) cib.find("g").orElseThrow()).members());
        XmlObject p = assertInstanceOf(XmlObject.class, cib.find("p").orElseThrow());
        assertEquals("resources", p.section());
        assertTrue(p.xml().startsWith("<primitive id=\"p\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\" future=\"yes\">\n"));
        assertEquals(xml, roundTrip(xml));
    }

    @Test
    void unknownChildrenBecomeRawXmlAndLaterCommentsBecomeParts() {
        String xml = cib("""
                    <crm_config/>
                    <nodes/>
                    <resources>
                      <primitive id="p" class="ocf" provider="heartbeat" type="Dummy">
                        <!--# first-->
                        <instance_attributes id="p-instance_attributes">
                          <nvpair name="a" value="1" id="p-instance_attributes-a"/>
                        </instance_attributes>
                        <!--later-->
                        <gadget id="x" size="2"/>
                      </primitive>
                    </resources>
                    <constraints/>
                """);
        Primitive p = (Primitive) CibXmlReader.read(xml).find("p").orElseThrow();
        assertEquals(List.of("# first"), p.comments());
        assertEquals(new Comment("later"), p.parts().get(1));
        assertEquals(new RawXml("<gadget id=\"x\" size=\"2\"/>"), p.parts().get(2));
        assertEquals(xml, roundTrip(xml));
    }

    @Test
    void commentsBetweenObjectsAndEmptySectionsKeepTheirPlace() {
        String xml = cib("""
                    <crm_config/>
                    <nodes/>
                    <resources>
                      <!-- the dummies -->
                      <primitive id="d1" class="ocf" provider="pacemaker" type="Dummy"/>
                    </resources>
                    <constraints/>
                    <!--between sections-->
                    <tags/>
                    <rsc_defaults/>
                """);
        Cib cib = CibXmlReader.read(xml);
        XmlObject comment = (XmlObject) cib.objects().get(0);
        assertEquals(CibSections.COMMENT_ID, comment.id());
        assertEquals("resources", comment.section());
        assertTrue(CibSections.isPlaceholder(cib.find("tags").orElseThrow()));
        assertEquals(xml, roundTrip(xml));
    }

    @Test
    void anUnusualSectionOrderIsKept() {
        String xml = cib("""
                    <crm_config/>
                    <rsc_defaults>
                      <meta_attributes id="rsc-options">
                        <nvpair name="resource-stickiness" value="1" id="rsc-options-resource-stickiness"/>
                      </meta_attributes>
                    </rsc_defaults>
                    <nodes/>
                    <resources/>
                    <constraints/>
                """);
        assertEquals(xml, roundTrip(xml));
    }

    @Test
    void theStatusSectionIsKeptAsItsText() {
        String status = "<status>\n\t<node_state id='1'   uname=\"a&amp;b\"><!-- x --></node_state>\n  </status>";
        String xml = HEAD + "    <crm_config/>\n    <nodes/>\n    <resources/>\n    <constraints/>\n"
                + "  </configuration>\n  " + status + "\n</cib>\n";
        Cib cib = CibXmlReader.read(xml);
        assertEquals(status, cib.status());
        assertEquals(xml, CibXmlWriter.write(cib));
    }

    @Test
    void refusesDtdsAndExternalEntities() {
        String dtd = "<!DOCTYPE cib [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><cib>&x;</cib>";
        assertThrows(CibXmlException.class, () -> CibXmlReader.read(dtd));
    }

    @Test
    void reportsWhereTheXmlIsBroken() {
        CibXmlException e = assertThrows(CibXmlException.class,
                () -> CibXmlReader.read("<cib>\n  <configuration>\n</cib>\n", "x.xml"));
        assertTrue(e.getMessage().startsWith("x.xml:3:"), e.getMessage());
        assertThrows(CibXmlException.class, () -> CibXmlReader.read("<notcib/>"));
    }

    @Test
    void writesOneObjectWithItsChildren() {
        Cib cib = CibXmlReader.read(TestFiles.resource("seed-cib.xml"));
        String ms = CibXmlWriter.write(cib, cib.find("ms_drbd_nfs").orElseThrow());
        assertTrue(ms.startsWith("<master id=\"ms_drbd_nfs\">\n  <meta_attributes id=\"ms_drbd_nfs-meta_attributes\">\n"));
        assertTrue(ms.contains("\n  <primitive id=\"drbd_nfs\" class=\"ocf\" provider=\"linbit\" type=\"drbd\">\n"));
        assertTrue(ms.endsWith("</master>\n"));
    }

    @Test
    void aMissingChildIsAnError() {
        Cib cib = CibXmlReader.read(TestFiles.resource("seed-cib.xml"));
        Cib broken = cib.withObjects(cib.objects().stream().filter(o -> !o.id().equals("nfs")).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CibXmlWriter.write(broken));
        assertEquals("HA: child resource nfs not found", e.getMessage());
    }

    @Test
    void escapesAttributesAsPacemakerDoes() {
        assertEquals("a&lt;b&gt;&amp;c&apos;d&quot;    \\n\\r", PacemakerPrinter.escapeAttr("a<b>&c'd\"\t\n\r"));
    }
}
