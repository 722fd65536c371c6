package crmj.cib.text;

import crmj.cib.agent.LocalAgentCatalog;
import crmj.cib.model.Attr;
import crmj.cib.model.Cib;
import crmj.cib.SourceLocation;

import crmj.cib.xml.CibXmlReader;
import crmj.cib.xml.CibXmlWriter;
import crmj.cib.xml.XmlForm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test helper: runs a configure script in memory (objects, monitor, delete, commit) and shows the result. */
final class ShowRunner {
    private ShowRunner() {
    }

    /** The installed agents, resolved as the shell resolves them. */
    static final AgentResolver AGENTS = new CatalogAgentResolver(new LocalAgentCatalog());

    static Cib empty() {
        return new Cib(List.of(new Attr("crm_feature_set", "3.16.1"), new Attr("validate-with", "pacemaker-3.9"),
                new Attr("epoch", "1"), new Attr("num_updates", "0"), new Attr("admin_epoch", "0")), List.of(), "");
    }

    static Cib run(String source, String text) {
        ConfigEditor editor = new ConfigEditor(empty(), AGENTS);
        for (ParsedLine line : CrmTextParser.parse(source, text)) {
            Optional<Statement> st = editor.builder().build(line, text);
            if (st.isEmpty()) {
                continue;
            }
            if (st.get() instanceof Statement.Define d) {
                editor.define(d.object(), d.location(), false);
            } else if (st.get() instanceof Statement.Monitor m) {
                editor.monitor(m);
            } else {
                Statement.Command c = (Statement.Command) st.get();
                if (!editor.edit(c) && !List.of("commit", "end", "up", "quit").contains(c.name())) {
                    throw new UnsupportedOperationException(c.name() + " at " + c.location());
                }
            }
        }
        return editor.cib();
    }

    /** Show as crmsh does after a commit: the CIB goes through the file format first. */
    static String show(Cib cib) {
        Cib stored = CibXmlReader.read(CibXmlWriter.write(cib));
        return new CrmFormatter(stored, o -> XmlForm.of(stored, o), AGENTS).show();
    }

    /** The CIB file text, with the epoch crmsh's single commit gives. */
    static String xml(Cib cib) {
        return CibXmlWriter.write(cib.withAttribute("epoch", "2"));
    }

    public static void main(String[] args) throws Exception {
        int ok = 0;
        int total = 0;
        for (String a : args) {
            Path crm = Path.of(a);
            Path exp = Path.of(a.replaceAll("\\.crm$", ".show"));
            if (!Files.exists(exp)) {
                continue;
            }
            total++;
            String got;
            try {
                got = show(run(crm.getFileName().toString(), Files.readString(crm)));
            } catch (RuntimeException e) {
                System.out.println("FAIL " + crm.getFileName() + ": " + e);
                continue;
            }
            if (got.equals(Files.readString(exp))) {
                ok++;
            } else {
                System.out.println("DIFF " + crm.getFileName());
                Files.writeString(Path.of("/tmp/diff-" + crm.getFileName() + ".got"), got);
            }
        }
        System.out.println(ok + "/" + total + " identical");
        int xmlOk = 0;
        for (String a : args) {
            Path crm = Path.of(a);
            Path exp = Path.of(a.replaceAll("\\.crm$", ".cib.xml"));
            if (!Files.exists(exp)) {
                continue;
            }
            try {
                String got = xml(run(crm.getFileName().toString(), Files.readString(crm)));
                String want = Files.readString(exp).replaceFirst("epoch=\"[0-9]+\"", "epoch=\"2\"");
                if (got.equals(want)) {
                    xmlOk++;
                } else {
                    Files.writeString(Path.of("/tmp/xdiff-" + crm.getFileName() + ".xml"), got);
                    System.out.println("XMLDIFF " + crm.getFileName());
                }
            } catch (RuntimeException e) {
                System.out.println("XMLFAIL " + crm.getFileName() + " " + e);
            }
        }
        System.out.println(xmlOk + " XML identical (epoch aside)");
    }
}
