package crmj.cib.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * crm_simulate's command line (Pacemaker 2.1.5): where the CIB comes from, which modifications to inject,
 * whether to schedule ({@code -R}) and simulate ({@code -S}) a transition, and which files to save.
 *
 * @param xmlFile {@code -x FILE}: the CIB to read (empty: the live CIB, as {@code -L})
 * @param run {@code -R}: schedule and show the transition summary
 * @param simulate {@code -S}: also execute the transition and show the revised status
 * @param inPlace {@code -X}: simulate and store the result back to the input
 * @param quiet {@code -Q}: essential output only
 * @param showScores {@code -s}
 * @param showUtilization {@code -U}
 * @param nodeUp {@code -u NODE}, in order
 * @param nodeDown {@code -d NODE}
 * @param nodeFail {@code -f NODE}
 * @param opInject {@code -i OPSPEC}
 * @param opFail {@code -F OPSPEC}
 * @param ticketGrant {@code -g TICKET}
 * @param ticketRevoke {@code -r TICKET}
 * @param ticketStandby {@code -b TICKET}
 * @param ticketActivate {@code -e TICKET}
 * @param quorum {@code -q QUORUM}
 * @param watchdog {@code -w DEVICE}
 * @param date {@code -t DATETIME}
 * @param saveInput {@code -I FILE}
 * @param saveOutput {@code -O FILE}
 * @param saveGraph {@code -G FILE}
 * @param help {@code -h}
 */
public record SimulateOptions(Optional<String> xmlFile, boolean run, boolean simulate, boolean inPlace, boolean quiet,
                              boolean showScores, boolean showUtilization, List<String> nodeUp, List<String> nodeDown,
                              List<String> nodeFail, List<String> opInject, List<String> opFail,
                              List<String> ticketGrant, List<String> ticketRevoke, List<String> ticketStandby,
                              List<String> ticketActivate, Optional<String> quorum, Optional<String> watchdog,
                              Optional<String> date, Optional<String> saveInput, Optional<String> saveOutput,
                              Optional<String> saveGraph, boolean help) {
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("run", "R"), Map.entry("simulate", "S"), Map.entry("in-place", "X"),
            Map.entry("show-scores", "s"), Map.entry("show-utilization", "U"), Map.entry("quiet", "Q"),
            Map.entry("live-check", "L"), Map.entry("xml-file", "x"), Map.entry("node-up", "u"),
            Map.entry("node-down", "d"), Map.entry("node-fail", "f"), Map.entry("op-inject", "i"),
            Map.entry("op-fail", "F"), Map.entry("set-datetime", "t"), Map.entry("quorum", "q"),
            Map.entry("watchdog", "w"), Map.entry("ticket-grant", "g"), Map.entry("ticket-revoke", "r"),
            Map.entry("ticket-standby", "b"), Map.entry("ticket-activate", "e"), Map.entry("save-input", "I"),
            Map.entry("save-output", "O"), Map.entry("save-graph", "G"), Map.entry("help", "h"),
            Map.entry("pending", "j"), Map.entry("show-attrs", "A"), Map.entry("show-failcounts", "c"),
            Map.entry("save-dotfile", "D"), Map.entry("all-actions", "a"), Map.entry("profile", "P"),
            Map.entry("repeat", "N"), Map.entry("xml-pipe", "p"), Map.entry("verbose", "V"));
    /** Options that take a value. */
    private static final String WITH_VALUE = "bdefgiqrtuwxDFGINOP";
    /** Options crmj does not implement yet (they are refused rather than ignored). */
    private static final Map<String, String> UNSUPPORTED = Map.of("A", "--show-attrs", "c", "--show-failcounts",
            "D", "--save-dotfile", "a", "--all-actions", "P", "--profile", "N", "--repeat", "p", "--xml-pipe");

    public SimulateOptions {
        nodeUp = List.copyOf(nodeUp);
        nodeDown = List.copyOf(nodeDown);
        nodeFail = List.copyOf(nodeFail);
        opInject = List.copyOf(opInject);
        opFail = List.copyOf(opFail);
        ticketGrant = List.copyOf(ticketGrant);
        ticketRevoke = List.copyOf(ticketRevoke);
        ticketStandby = List.copyOf(ticketStandby);
        ticketActivate = List.copyOf(ticketActivate);
    }

    /** True when any modification is to be injected before scheduling. */
    public boolean injects() {
        return !nodeUp.isEmpty() || !nodeDown.isEmpty() || !nodeFail.isEmpty() || !opInject.isEmpty()
                || !ticketGrant.isEmpty() || !ticketRevoke.isEmpty() || !ticketStandby.isEmpty()
                || !ticketActivate.isEmpty() || quorum.isPresent() || watchdog.isPresent();
    }

    /**
     * Reads crm_simulate's arguments: short options ({@code -S}, grouped as {@code -LS}, values as
     * {@code -x FILE} or {@code -xFILE}) and long ones ({@code --simulate}, {@code --xml-file FILE} or
     * {@code --xml-file=FILE}).
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    public static SimulateOptions parse(List<String> args) {
        Parser p = new Parser();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                i = p.longOption(a, args, i);
            } else if (a.startsWith("-") && a.length() > 1) {
                i = p.shortOptions(a, args, i);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + a + "' (options start with -)");
            }
        }
        return p.build();
    }

    private static final class Parser {
        private Optional<String> xml = Optional.empty();
        private boolean live;
        private boolean run;
        private boolean simulate;
        private boolean inPlace;
        private boolean quiet;
        private boolean scores;
        private boolean utilization;
        private boolean help;
        private final Map<String, List<String>> lists = new java.util.HashMap<>();
        private final Map<String, String> values = new java.util.HashMap<>();

        int longOption(String a, List<String> args, int i) {
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            String letter = LONG.get(name);
            if (letter == null) {
                throw new IllegalArgumentException("unknown option '--" + name + "'");
            }
            if (WITH_VALUE.contains(letter) && value == null) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("option '--" + name + "' needs a value");
                }
                value = args.get(++i);
            } else if (!WITH_VALUE.contains(letter) && value != null) {
                throw new IllegalArgumentException("option '--" + name + "' takes no value");
            }
            apply(letter, value, "--" + name);
            return i;
        }

        int shortOptions(String a, List<String> args, int i) {
            for (int k = 1; k < a.length(); k++) {
                String letter = String.valueOf(a.charAt(k));
                if (!LONG.containsValue(letter)) {
                    throw new IllegalArgumentException("unknown option '-" + letter + "'");
                }
                if (WITH_VALUE.contains(letter)) {
                    String value;
                    if (k + 1 < a.length()) {
                        value = a.substring(k + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new IllegalArgumentException("option '-" + letter + "' needs a value");
                    }
                    apply(letter, value, "-" + letter);
                    return i;
                }
                apply(letter, null, "-" + letter);
            }
            return i;
        }

        private void apply(String letter, String value, String shown) {
            if (UNSUPPORTED.containsKey(letter)) {
                throw new IllegalArgumentException("option " + shown + " (" + UNSUPPORTED.get(letter)
                        + ") is not supported yet");
            }
            switch (letter) {
                case "R" -> run = true;
                case "S" -> simulate = true;
                case "X" -> inPlace = true;
                case "Q" -> quiet = true;
                case "s" -> scores = true;
                case "U" -> utilization = true;
                case "h" -> help = true;
                case "j", "V" -> { }
                case "L" -> {
                    live = true;
                    xml = Optional.empty();
                }
                case "x" -> {
                    xml = Optional.of(value);
                    live = false;
                }
                case "u", "d", "f", "i", "F", "g", "r", "b", "e" ->
                        lists.computeIfAbsent(letter, l -> new ArrayList<>()).add(value);
                default -> values.put(letter, value);
            }
        }

        private List<String> list(String letter) {
            return lists.getOrDefault(letter, List.of());
        }

        private Optional<String> value(String letter) {
            return Optional.ofNullable(values.get(letter));
        }

        SimulateOptions build() {
            boolean sim = simulate || inPlace || !list("F").isEmpty();
            return new SimulateOptions(live ? Optional.empty() : xml, run || sim || scores || utilization
                    || value("G").isPresent(), sim, inPlace, quiet, scores, utilization, list("u"), list("d"),
                    list("f"), list("i"), list("F"), list("g"), list("r"), list("b"), list("e"), value("q"),
                    value("w"), value("t"), value("I"), value("O"), value("G"), help);
        }
    }
}
