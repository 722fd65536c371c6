package crmj.cib.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The checks of the recorded crmsh sessions (check-*.crm), compared line by line with what crmsh 4.4.1 printed
 * (check-*.expected.txt).
 */
class AgentValidatorTest {

    @Test
    void checkSanityAsCrmshOnThisMachine() throws Exception {
        assumeTrue(TestResources.agentsInstalled() && TestResources.stonithAdminInstalled(), "agents not installed");
        LocalAgentCatalog catalog = new LocalAgentCatalog();
        assertEquals(TestResources.lines("check-sanity.expected.txt"), run("check-sanity.crm", catalog, List.of()));
    }

    @Test
    void checkSanityAsCrmshOnRecordedMetadata() throws Exception {
        // lsb:exim4 and stonith:external/ssh were not recorded.
        List<String> skipped = List.of("lsb-exim", "st-ssh");
        List<String> expected = TestResources.lines("check-sanity.expected.txt").stream()
                .filter(line -> skipped.stream().noneMatch(id -> line.contains(": " + id + ": ")))
                .toList();
        assertEquals(expected, run("check-sanity.crm", FakeCatalog.recorded(), skipped));
    }

    @Test
    void checkDefaultsAsCrmsh() throws Exception {
        ClusterOptions options = ClusterOptions.of(List.of(TestResources.metadata("pacemaker-controld.xml"),
                TestResources.metadata("pacemaker-schedulerd.xml"), TestResources.metadata("pacemaker-based.xml")));
        Script script = Script.read("check-defaults.crm", FakeCatalog.recorded());
        Map<String, List<ValidationProblem>> byId = new TreeMap<>(script.check(FakeCatalog.recorded(), List.of()));
        byId.put(ClusterOptions.BOOTSTRAP_SET_ID,
                options.checkProperties(ClusterOptions.BOOTSTRAP_SET_ID, script.properties.keySet()));
        byId.put("rsc-options", ClusterOptions.checkRscDefaults("rsc-options", script.rscDefaults.keySet()));
        byId.put("op-options", ClusterOptions.checkOpDefaults("op-options", script.opDefaults.keySet()));
        assertEquals(TestResources.lines("check-defaults.expected.txt"), flatten(byId));
    }

    @Test
    void normalizesDashedParameterNames() {
        AgentMetadata fs = TestResources.metadata("heartbeat-Filesystem.xml");
        assertEquals("fast_stop", AgentValidator.normalizeParameterName(fs, "fast-stop"));
        assertEquals("fast_stop", AgentValidator.normalizeParameterName(fs, "fast_stop"));
        assertEquals("no-such", AgentValidator.normalizeParameterName(fs, "no-such"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("device", "/dev/x");
        params.put("fast-stop", "yes");
        params.put("bogus-name", "1");
        assertEquals(List.of("device", "fast_stop", "bogus-name"),
                List.copyOf(AgentValidator.normalizeParameters(fs, params).keySet()));
    }

    @Test
    void crmshOwnNamesAndFencerSuppliedParametersAreAccepted() {
        AgentValidator validator = new AgentValidator(FakeCatalog.recorded());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("$id", "x");
        params.put("device", "/dev/x");
        params.put("directory", "/srv");
        params.put("fstype", "ext4");
        assertEquals(List.of(), validator.check(
                PrimitiveCheck.primitive("fs", AgentId.ocf("heartbeat", "Filesystem"), params)));
        assertEquals(List.of(), validator.check(
                PrimitiveCheck.primitive("st", AgentId.of(AgentClass.STONITH, "fence_dummy"), Map.of())));
    }

    @Test
    void unreadableMetadataReadsAsCrmshSaysIt() {
        AgentCatalog broken = new FakeCatalog() {
            @Override
            public AgentMetadata metadata(AgentId agent) throws AgentException {
                throw new AgentException(AgentException.Kind.UNREADABLE, "cannot parse meta-data XML: junk");
            }
        };
        List<ValidationProblem> problems = new AgentValidator(broken)
                .check(PrimitiveCheck.primitive("p", AgentId.ocf("acme", "Junk"), Map.of()));
        assertEquals(List.of("ERROR: ocf:acme:Junk: Cannot parse meta-data XML",
                "ERROR: ocf:acme:Junk: got no meta-data, does this RA exist?",
                "ERROR: ocf:acme:Junk: no such resource agent"),
                problems.stream().map(ValidationProblem::toString).toList());
        assertEquals(true, problems.get(0).isError());
    }

    private static List<String> run(String script, AgentCatalog catalog, List<String> skipped) throws Exception {
        return flatten(new TreeMap<>(Script.read(script, catalog).check(catalog, skipped)));
    }

    private static List<String> flatten(Map<String, List<ValidationProblem>> byId) {
        List<String> lines = new ArrayList<>();
        byId.values().forEach(problems -> problems.forEach(p -> lines.add(p.toString())));
        return lines;
    }

    /**
     * The few crm commands of the recorded scripts, read with a whitespace tokenizer (they quote nothing):
     * {@code primitive|rsc_template ID AGENT [params k=v...] [meta k=v...] [op NAME k=v...]...},
     * {@code property|rsc_defaults|op_defaults k=v...}.
     */
    private static final class Script {
        final List<PrimitiveCheck> primitives = new ArrayList<>();
        final Map<String, String> properties = new LinkedHashMap<>();
        final Map<String, String> rscDefaults = new LinkedHashMap<>();
        final Map<String, String> opDefaults = new LinkedHashMap<>();

        static Script read(String name, AgentCatalog catalog) throws AgentException {
            Script script = new Script();
            for (String line : TestResources.lines(name)) {
                String[] words = line.trim().split("\\s+");
                switch (words[0]) {
                    case "property" -> pairs(words, 1, script.properties);
                    case "rsc_defaults" -> pairs(words, 1, script.rscDefaults);
                    case "op_defaults" -> pairs(words, 1, script.opDefaults);
                    case "primitive", "rsc_template" -> script.primitives.add(primitive(words, catalog));
                    default -> {
                    }
                }
            }
            return script;
        }

        Map<String, List<ValidationProblem>> check(AgentCatalog catalog, List<String> skipped) throws AgentException {
            AgentValidator validator = new AgentValidator(catalog);
            Map<String, List<ValidationProblem>> byId = new LinkedHashMap<>();
            for (PrimitiveCheck p : primitives) {
                if (skipped.contains(p.id())) {
                    continue;
                }
                // crmsh renames fast-stop to fast_stop when it builds the CIB, before any check.
                Map<String, String> params = catalog.exists(p.agent())
                        ? AgentValidator.normalizeParameters(catalog.metadata(p.agent()), p.params())
                        : p.params();
                byId.put(p.id(), validator.check(new PrimitiveCheck(p.id(), p.agent(), p.template(), params,
                        p.meta(), p.ops(), Optional.ofNullable(opDefaults.get("timeout")))));
            }
            return byId;
        }

        private static PrimitiveCheck primitive(String[] words, AgentCatalog catalog) throws AgentException {
            Map<String, String> params = new LinkedHashMap<>();
            Map<String, String> meta = new LinkedHashMap<>();
            List<OpSpec> ops = new ArrayList<>();
            Map<String, String> current = null;
            String opName = null;
            for (int i = 3; i < words.length; i++) {
                switch (words[i]) {
                    case "params" -> current = params;
                    case "meta" -> current = meta;
                    case "op" -> {
                        if (opName != null) {
                            ops.add(new OpSpec(opName, current));
                        }
                        opName = words[++i];
                        current = new LinkedHashMap<>();
                    }
                    default -> pairs(words, i, i + 1, current);
                }
            }
            if (opName != null) {
                ops.add(new OpSpec(opName, current));
            }
            return new PrimitiveCheck(words[1], catalog.resolve(words[2]), words[0].equals("rsc_template"),
                    params, meta, ops, Optional.empty());
        }

        private static void pairs(String[] words, int from, Map<String, String> into) {
            pairs(words, from, words.length, into);
        }

        private static void pairs(String[] words, int from, int to, Map<String, String> into) {
            for (int i = from; i < to; i++) {
                String[] nv = words[i].split("=", 2);
                into.put(nv[0], nv.length > 1 ? nv[1] : "");
            }
        }
    }
}
