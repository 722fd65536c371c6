package crmj.shell.registry;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry rendered as files: the man page {@code man/crm.8} (groff), and the bash and zsh
 * completion scripts {@code completions/crm.bash} and {@code completions/_crm}. These are checked in;
 * a test fails when they differ from what the registry renders ({@code crm --generate-docs DIR} writes
 * them again).
 */
public final class Renderings {
    private Renderings() {
    }

    /** man/crm.8. */
    public static String manPage(Registry registry, String version) {
        StringBuilder m = new StringBuilder();
        m.append(".TH CRM 8 \"2026\" \"").append(esc(version)).append("\" \"crmj\"\n");
        m.append(".SH NAME\ncrm \\- the crm shell of crmj, a Pacemaker cluster shell\n");
        m.append(".SH SYNOPSIS\n.B crm\n[\\fIOPTIONS\\fR] [\\fILEVEL\\fR [\\fICOMMAND\\fR [\\fIARGS\\fR...]]]\n");
        m.append(".br\n.B crm\n[\\fIOPTIONS\\fR] \\fBconfigure\\fR < \\fISCRIPT\\fR\n");
        m.append(".SH DESCRIPTION\n");
        m.append("crm edits and inspects a Pacemaker CIB in the crm configure language of crmsh 4.4.1.\n");
        m.append("Without arguments on a terminal it starts an interactive shell with levels, history and\n");
        m.append("completion. A script (standard input or \\fB\\-f\\fR) is one transaction: it is parsed and\n");
        m.append("checked in full first, and any error means nothing is committed.\n");
        m.append(".PP\n");
        m.append("With \\fBCIB_file\\fR set, crm works on that CIB file exactly as crmsh does. Without it, crm\n");
        m.append("works on the sandbox cluster: a simulated cluster with the nodes alpha and delta, kept in the\n");
        m.append("state directory. Every change that commits prints the transitions it causes, as crm_simulate's\n");
        m.append("Transition Summary, and carries them out in the CIB's status section as crm_simulate \\-S does.\n");
        m.append(".SH OPTIONS\n");
        option(m, "\\-f \\fIFILE\\fR", "Run the commands of FILE (\\- for standard input).");
        option(m, "\\-o \\fISECTION.NAME=VALUE\\fR", "Set a preference: core.sort_elements=false shows objects "
                + "of one kind in CIB order.");
        option(m, "\\-D plain|color, \\-F, \\-w, \\-d", "Accepted as crmsh accepts them.");
        option(m, "\\-\\-version", "Print the version.");
        for (String level : Registry.LEVELS) {
            m.append(".SH ").append(level.isEmpty() ? "TOP LEVEL COMMANDS" : esc(level).toUpperCase() + " LEVEL")
                    .append('\n');
            for (CommandSpec c : registry.level(level)) {
                m.append(".TP\n.B ").append(esc(c.synopsis())).append('\n');
                m.append(esc(c.summary())).append(".\n");
                if (!c.aliases().isEmpty()) {
                    m.append("Also: ").append(esc(String.join(", ", c.aliases()))).append(".\n");
                }
                m.append(".RS\n.nf\n");
                for (String line : help(c).split("\n")) {
                    m.append(esc(line)).append('\n');
                }
                m.append(".fi\n.RE\n");
            }
        }
        m.append(".SH ENVIRONMENT\n");
        option(m, "CIB_file", "The CIB XML file to work on, as for crmsh, cibadmin and crm_simulate.");
        option(m, "CRMJ_STATE_DIR", "crmj's state directory (default ${XDG_STATE_HOME:\\-$HOME/.local/state}/crmj):"
                + " the sandbox cluster used without CIB_file (cib.xml, with its status section, and the inputs"
                + " of its transitions in pe-inputs/), and the shell history.");
        m.append(".SH EXIT STATUS\n0 on success, 1 on any error.\n");
        m.append(".SH SEE ALSO\ncrm_simulate(8), cibadmin(8), crm_verify(8)\n");
        return m.toString();
    }

    private static void option(StringBuilder m, String name, String text) {
        m.append(".TP\n.B ").append(name).append('\n').append(text).append('\n');
    }

    /** completions/crm.bash: level and command words, the rest from {@code crm --complete}. */
    public static String bash(Registry registry) {
        return "# bash completion for crmj's crm (generated from the command registry; do not edit).\n"
                + "# Source it explicitly: crmsh installs its own completion for the name crm.\n"
                + "_crmj_crm() {\n"
                + "    local cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
                + "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
                + "        COMPREPLY=($(compgen -W \"" + String.join(" ", registry.words("")) + "\" -- \"$cur\"))\n"
                + "        return 0\n"
                + "    fi\n"
                + levelCases(registry, "bash")
                + "    local IFS=$'\\n'\n"
                + "    COMPREPLY=($(compgen -W \"$(\"${COMP_WORDS[0]}\" --complete \"${COMP_WORDS[@]:1:COMP_CWORD}\""
                + " 2>/dev/null)\" -- \"$cur\"))\n"
                + "}\n"
                + "complete -o nospace -F _crmj_crm crm\n";
    }

    /** completions/_crm: the zsh completion function. */
    public static String zsh(Registry registry) {
        return "#compdef crm\n"
                + "# zsh completion for crmj's crm (generated from the command registry; do not edit).\n"
                + "_crm() {\n"
                + "    local -a candidates\n"
                + "    if (( CURRENT == 2 )); then\n"
                + "        candidates=(" + String.join(" ", registry.words("")) + ")\n"
                + levelCases(registry, "zsh")
                + "    else\n"
                + "        candidates=(${(f)\"$($words[1] --complete \"${(@)words[2,CURRENT]}\" 2>/dev/null)\"})\n"
                + "    fi\n"
                + "    compadd -S '' -- $candidates\n"
                + "}\n"
                + "_crm \"$@\"\n";
    }

    /** The second word: the commands of the level named by the first. */
    private static String levelCases(Registry registry, String shell) {
        StringBuilder sb = new StringBuilder();
        for (String level : Registry.LEVELS) {
            if (level.isEmpty()) {
                continue;
            }
            String words = String.join(" ", registry.words(level));
            if (shell.equals("bash")) {
                sb.append("    if [[ $COMP_CWORD -eq 2 && ${COMP_WORDS[1]} == ").append(level).append(" ]]; then\n")
                        .append("        COMPREPLY=($(compgen -W \"").append(words).append("\" -- \"$cur\"))\n")
                        .append("        return 0\n")
                        .append("    fi\n");
            } else {
                sb.append("    elif (( CURRENT == 3 )) && [[ $words[2] == ").append(level).append(" ]]; then\n")
                        .append("        candidates=(").append(words).append(")\n");
            }
        }
        return sb.toString();
    }

    private static String help(CommandSpec c) {
        return HelpTexts.of(c).stripTrailing();
    }

    /** groff escapes: backslashes, leading dots and quotes, hyphens. */
    private static String esc(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        if (s.startsWith(".") || s.startsWith("'")) {
            s = "\\&" + s;
        }
        return s;
    }

    /** All command words of all levels (for tests). */
    public static List<String> allWords(Registry registry) {
        return Registry.LEVELS.stream().flatMap(l -> registry.words(l).stream()).distinct()
                .collect(Collectors.toList());
    }
}
