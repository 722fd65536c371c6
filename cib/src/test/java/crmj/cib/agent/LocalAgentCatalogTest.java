package crmj.cib.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog on this machine's agents (skipped where they are not installed) and on a made-up OCF root. */
class LocalAgentCatalogTest {
    private static final String META = "<resource-agent name='Fake'><version>1.1</version>"
            + "<shortdesc>fake agent</shortdesc><parameters><parameter name='p' required='1'/></parameters>"
            + "<actions><action name='start' timeout='20s'/></actions></resource-agent>";

    @TempDir
    Path tmp;

    @Test
    void readsInstalledAgents() throws Exception {
        assumeTrue(TestResources.agentsInstalled(), "OCF agents not installed");
        LocalAgentCatalog catalog = new LocalAgentCatalog();

        AgentMetadata fs = catalog.metadata(catalog.resolve("Filesystem"));
        assertEquals("Manages filesystem mounts", fs.shortdesc());
        assertEquals(List.of("device", "directory", "fstype"),
                fs.parameters().stream().filter(AgentParameter::required).map(AgentParameter::name).toList());
        assertEquals("block device", fs.parameter("device").orElseThrow().shortdesc());

        AgentMetadata nfs = catalog.metadata(catalog.resolve("nfsserver"));
        assertTrue(nfs.parameter("nfs_shared_infodir").isPresent());
        assertTrue(nfs.parameter("nfs_ip").isPresent());

        AgentMetadata dummy = catalog.metadata(AgentId.ocf("heartbeat", "Dummy"));
        assertEquals(List.of("state", "fake"), List.copyOf(dummy.parameterNames()));

        AgentMetadata stateful = catalog.metadata(AgentId.parse("ocf:pacemaker:Stateful"));
        assertEquals(List.of("Promoted", "Unpromoted"),
                stateful.actions("monitor").stream().map(a -> a.role().orElseThrow()).toList());

        AgentMetadata drbd = catalog.metadata(catalog.resolve("drbd"));
        AgentParameter resource = drbd.parameter("drbd_resource").orElseThrow();
        assertTrue(resource.required());
        assertEquals("drbd resource name", resource.shortdesc());
    }

    @Test
    void listsInstalledAgents() {
        assumeTrue(TestResources.agentsInstalled(), "OCF agents not installed");
        LocalAgentCatalog catalog = new LocalAgentCatalog();
        assertTrue(catalog.classes().containsAll(List.of(AgentClass.LSB, AgentClass.OCF, AgentClass.SERVICE)));
        assertTrue(catalog.ocfProviders().containsAll(List.of("heartbeat", "linbit", "pacemaker")));
        assertEquals(List.of("heartbeat", "pacemaker"), catalog.ocfProviders("Stateful"));
        assertEquals(List.of("drbd", "drbd-attr"), catalog.ocfTypes("linbit"));
        List<String> types = catalog.types(AgentClass.OCF);
        assertTrue(types.containsAll(List.of("Filesystem", "nfsserver", "Dummy", "drbd", "Stateful")));
        assertEquals(types.stream().distinct().sorted().toList(), types);
        assertFalse(types.contains("drbd.shellfuncs.sh"), "not executable");
        assertFalse(types.stream().anyMatch(t -> t.startsWith(".")));
        assertTrue(catalog.exists(AgentId.ocf("heartbeat", "IPaddr2")));
        assertFalse(catalog.exists(AgentId.ocf("heartbeat", "IPaddr3")));
    }

    @Test
    void unknownAgentsComeWithASuggestion() {
        assumeTrue(TestResources.agentsInstalled(), "OCF agents not installed");
        LocalAgentCatalog catalog = new LocalAgentCatalog();
        AgentException typo = assertThrows(AgentException.class,
                () -> catalog.metadata(catalog.resolve("Filesystm")));
        assertEquals("unknown resource agent ocf:heartbeat:Filesystm (did you mean ocf:heartbeat:Filesystem?)",
                typo.getMessage());
        assertEquals(AgentException.Kind.NOT_FOUND, typo.kind());
        assertEquals(Optional.of("ocf:heartbeat:Filesystem"), typo.suggestion());

        AgentException provider = assertThrows(AgentException.class,
                () -> catalog.metadata(AgentId.ocf("linbit", "Filesystem")));
        assertEquals(Optional.of("ocf:heartbeat:Filesystem"), provider.suggestion());

        AgentException far = assertThrows(AgentException.class,
                () -> catalog.metadata(AgentId.ocf("heartbeat", "Zzyzx")));
        assertEquals("unknown resource agent ocf:heartbeat:Zzyzx", far.getMessage());
    }

    @Test
    void fenceAgentsComeFromStonithAdmin() throws Exception {
        assumeTrue(TestResources.stonithAdminInstalled(), "stonith_admin not installed");
        LocalAgentCatalog catalog = new LocalAgentCatalog();
        assertTrue(catalog.classes().contains(AgentClass.STONITH));
        List<String> types = catalog.types(AgentClass.STONITH);
        assertTrue(types.contains("fence_dummy"), types.toString());
        assertFalse(types.stream().anyMatch(t -> t.contains("fence devices found")));
        AgentMetadata md = catalog.metadata(AgentId.parse("stonith:fence_dummy"));
        assertEquals("Dummy fence agent", md.shortdesc());
        assertTrue(md.parameter("status_file").isPresent());
        assertTrue(md.parameter("pcmk_host_list").isPresent(), "fence daemon parameters are added");
        AgentException e = assertThrows(AgentException.class,
                () -> catalog.metadata(AgentId.parse("stonith:fence_dumy")));
        assertEquals("unknown resource agent stonith:fence_dumy (did you mean stonith:fence_dummy?)", e.getMessage());
    }

    @Test
    void runsTheAgentWithPacemakersEnvironment() throws Exception {
        Path root = tmp.resolve("ocf");
        Path dump = tmp.resolve("env.txt");
        agent(root, "acme", "Fake", "env > '" + dump + "'\necho \"args: $*\" >> '" + dump + "'\n"
                + "echo \"pwd: $(pwd)\" >> '" + dump + "'\ncat <<'EOF'\n" + META + "\nEOF\n");
        LocalAgentCatalog catalog = catalog(root);
        AgentMetadata md = catalog.metadata(catalog.resolve("Fake"));
        assertEquals("fake agent", md.shortdesc());
        List<String> env = Files.readAllLines(dump);
        assertTrue(env.contains("OCF_ROOT=" + root), env.toString());
        assertTrue(env.contains("OCF_RESOURCE_INSTANCE=Fake"));
        assertTrue(env.contains("OCF_RESOURCE_PROVIDER=acme"));
        assertTrue(env.contains("OCF_RA_VERSION_MAJOR=1"));
        assertTrue(env.contains("args: meta-data"));
        assertTrue(env.contains("pwd: /"));
    }

    @Test
    void readsEachAgentOnceEvenWhenAskedConcurrently() throws Exception {
        Path root = tmp.resolve("ocf");
        Path count = tmp.resolve("count");
        agent(root, "acme", "Fake", "sleep 0.2\necho run >> '" + count + "'\necho \"" + META + "\"\n");
        agent(root, "acme", "Broken", "echo run >> '" + count + "'\nexit 1\n");
        LocalAgentCatalog catalog = catalog(root);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<AgentMetadata> read = () -> catalog.metadata(AgentId.ocf("acme", "Fake"));
            List<Future<AgentMetadata>> results = pool.invokeAll(IntStream.range(0, 8).mapToObj(i -> read).toList());
            for (Future<AgentMetadata> result : results) {
                assertEquals("fake agent", result.get().shortdesc());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Files.readAllLines(count).size());
        for (int i = 0; i < 2; i++) {
            AgentException e = assertThrows(AgentException.class,
                    () -> catalog.metadata(AgentId.ocf("acme", "Broken")));
            assertEquals("ocf:acme:Broken meta-data failed with exit code 1", e.getMessage());
            assertEquals(AgentException.Kind.FAILED, e.kind());
        }
        assertEquals(2, Files.readAllLines(count).size(), "failures are remembered too");
    }

    @Test
    void killsAnAgentThatTakesTooLong() throws Exception {
        Path root = tmp.resolve("ocf");
        Path pidFile = tmp.resolve("child.pid");
        agent(root, "acme", "Slow", "sleep 60 &\necho $! > '" + pidFile + "'\nwait\n");
        LocalAgentCatalog catalog = new LocalAgentCatalog(AgentPaths.system().withOcfRoot(root), Duration.ofMillis(500));
        long start = System.nanoTime();
        AgentException e = assertThrows(AgentException.class, () -> catalog.metadata(AgentId.ocf("acme", "Slow")));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(AgentException.Kind.TIMEOUT, e.kind());
        assertEquals("ocf:acme:Slow meta-data timed out after 500ms", e.getMessage());
        assertTrue(elapsedMillis < 5000, "took " + elapsedMillis + " ms");
        long child = Long.parseLong(Files.readString(pidFile).strip());
        for (int i = 0; i < 50 && running(child); i++) {
            Thread.sleep(100);
        }
        assertFalse(running(child), "the agent's child was killed");
    }

    /** Alive and not a zombie (a killed orphan stays one until init reaps it, which can take a while). */
    private static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void keepsAgentsInsideTheOcfRoot() throws Exception {
        Path root = tmp.resolve("ocf");
        agent(root, "acme", "Fake", "echo \"" + META + "\"\n");
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Path evil = outside.resolve("Evil");
        Files.writeString(evil, "#!/bin/sh\necho \"" + META + "\"\n");
        assertTrue(evil.toFile().setExecutable(true));
        Files.createSymbolicLink(root.resolve("resource.d/acme/Evil"), evil);
        Files.createSymbolicLink(root.resolve("resource.d/acme/Alias"), root.resolve("resource.d/acme/Fake"));
        Files.createSymbolicLink(root.resolve("resource.d/escape"), outside);
        Files.writeString(root.resolve("resource.d/acme/.hidden"), "#!/bin/sh\n");
        Files.writeString(root.resolve("resource.d/acme/notes.txt"), "not an agent\n");
        assertTrue(root.resolve("resource.d/acme/.hidden").toFile().setExecutable(true));
        LocalAgentCatalog catalog = catalog(root);

        assertEquals(List.of("acme"), catalog.ocfProviders());
        assertEquals(List.of("Alias", "Fake"), catalog.ocfTypes("acme"));
        assertEquals("fake agent", catalog.metadata(AgentId.ocf("acme", "Alias")).shortdesc());
        assertRefused(catalog, AgentId.ocf("acme", "Evil"), "resource agent ocf:acme:Evil resolves outside the OCF root");
        assertRefused(catalog, AgentId.ocf("escape", "Evil"), "resource agent ocf:escape:Evil resolves outside");
        assertRefused(catalog, AgentId.ocf("..", "Fake"), "invalid resource agent name ocf:..:Fake");
        assertRefused(catalog, AgentId.ocf("acme", "../acme/Fake"), "invalid resource agent name");
        assertRefused(catalog, AgentId.ocf("acme", "/bin/sh"), "invalid resource agent name");
        assertRefused(catalog, AgentId.ocf("acme", ".hidden"), "invalid resource agent name");
        assertRefused(catalog, AgentId.ocf("acme", "-x"), "invalid resource agent name");
        assertFalse(catalog.exists(AgentId.ocf("acme", "Evil")));
        assertThrows(AgentException.class, () -> catalog.metadata(AgentId.ocf("acme", "notes.txt")));
    }

    @Test
    void reportsUnreadableOutput() throws Exception {
        Path root = tmp.resolve("ocf");
        agent(root, "acme", "Chatty", "echo 'usage: Chatty {start|stop}'\n");
        agent(root, "acme", "Mute", "exit 0\n");
        LocalAgentCatalog catalog = catalog(root);
        AgentException chatty = assertThrows(AgentException.class,
                () -> catalog.metadata(AgentId.ocf("acme", "Chatty")));
        assertEquals(AgentException.Kind.UNREADABLE, chatty.kind());
        assertTrue(chatty.getMessage().startsWith("ocf:acme:Chatty meta-data: cannot parse meta-data XML"));
        AgentException mute = assertThrows(AgentException.class, () -> catalog.metadata(AgentId.ocf("acme", "Mute")));
        assertEquals("ocf:acme:Mute meta-data printed nothing", mute.getMessage());
    }

    @Test
    void synthesisesLsbMetadataFromTheHeader() throws Exception {
        Path init = tmp.resolve("init.d");
        Files.createDirectories(init);
        Path script = init.resolve("acme");
        Files.writeString(script, """
                #!/bin/sh
                ### BEGIN INIT INFO
                # Provides:          acme
                # Required-Start:    $network
                # Short-Description: ACME daemon
                # Description:       Starts the ACME daemon,
                #                    which does everything.
                ### END INIT INFO
                echo hi
                """);
        assertTrue(script.toFile().setExecutable(true));
        Files.writeString(init.resolve("plain"), "#!/bin/sh\n");
        assertTrue(init.resolve("plain").toFile().setExecutable(true));
        LocalAgentCatalog catalog = new LocalAgentCatalog(
                AgentPaths.system().withOcfRoot(tmp.resolve("none")).withInitDir(init), Duration.ofSeconds(5));
        assertEquals(List.of("acme", "plain"), catalog.types(AgentClass.LSB));
        AgentMetadata md = catalog.metadata(AgentId.parse("lsb:acme"));
        assertEquals("ACME daemon", md.shortdesc());
        assertEquals("Starts the ACME daemon,\n" + " ".repeat(20) + "which does everything.", md.longdesc());
        assertEquals(List.of("meta-data", "start", "stop", "status", "restart", "force-reload", "monitor"),
                md.actions().stream().map(AgentAction::name).toList());
        assertEquals(Optional.of("15"), md.actions("monitor").get(0).interval());
        assertEquals("plain", catalog.metadata(AgentId.parse("service:plain")).shortdesc());
        assertFalse(catalog.classes().contains(AgentClass.OCF));
    }

    @Test
    void synthesisesSystemdMetadataOnlyWhenSystemdRuns() throws Exception {
        Path units = tmp.resolve("units");
        Path running = tmp.resolve("run-systemd");
        Files.createDirectories(units);
        Files.writeString(units.resolve("acme.service"), "[Unit]\nDescription=ACME daemon\n[Service]\nExecStart=/bin/true\n");
        Files.writeString(units.resolve("getty@.service"), "[Unit]\nDescription=template\n");
        AgentPaths paths = AgentPaths.system().withOcfRoot(tmp.resolve("none")).withInitDir(tmp.resolve("none"))
                .withSystemd(List.of(units), running);
        LocalAgentCatalog offline = new LocalAgentCatalog(paths, Duration.ofSeconds(5));
        assertFalse(offline.classes().contains(AgentClass.SYSTEMD));
        assertEquals(List.of(), offline.types(AgentClass.SYSTEMD));
        assertThrows(AgentException.class, () -> offline.metadata(AgentId.parse("systemd:acme")));

        Files.createDirectories(running);
        LocalAgentCatalog online = new LocalAgentCatalog(paths, Duration.ofSeconds(5));
        assertTrue(online.classes().containsAll(List.of(AgentClass.SYSTEMD, AgentClass.SERVICE)));
        assertEquals(List.of("acme"), online.types(AgentClass.SYSTEMD));
        AgentMetadata md = online.metadata(AgentId.parse("systemd:acme"));
        assertEquals("systemd unit file for acme", md.shortdesc());
        assertEquals("ACME daemon", md.longdesc());
        assertEquals(Optional.of("60"), md.actions("monitor").get(0).interval());
        assertEquals(md, online.metadata(AgentId.parse("service:acme")));
    }

    private static void assertRefused(LocalAgentCatalog catalog, AgentId agent, String message) {
        AgentException e = assertThrows(AgentException.class, () -> catalog.metadata(agent));
        assertEquals(AgentException.Kind.INVALID_SPEC, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    private static LocalAgentCatalog catalog(Path root) {
        return new LocalAgentCatalog(AgentPaths.system().withOcfRoot(root), Duration.ofSeconds(10));
    }

    private static void agent(Path root, String provider, String type, String body) throws Exception {
        Path dir = root.resolve("resource.d").resolve(provider);
        Files.createDirectories(dir);
        Path script = dir.resolve(type);
        Files.writeString(script, "#!/bin/sh\n" + body);
        assertTrue(script.toFile().setExecutable(true));
    }
}
