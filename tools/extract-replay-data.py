#!/usr/bin/env python3
"""Cut crmsh 4.4.1's regression tests into replay cases for crmj.

Reads ../shared/crmsh-tests/testcases/TEST and TEST.exp and writes
cib/src/test/resources/crmsh-replay/TEST/*.in, *.exp / *.exp.xml (+ sidecars).
See cib/src/test/resources/crmsh-replay/README.md for what the files mean.

It models crmsh's runner (test/evaltest.sh, test/crm-interface in crmsh 4.4.1;
installed as /usr/share/crmsh/tests/ by Debian's crmsh package):
  * evaltest.sh reads the test file with bash `read` WITHOUT -r: a trailing
    backslash joins the next line (its leading blanks kept), other backslashes
    are dropped (`\\x` -> `x`), leading/trailing blanks are trimmed;
  * `show T` / `showxml T` blocks run, as one crm process inside `configure`:
    `_regtest on`, `erase`, `erase nodes`, the block, `show` (`show xml`), `commit`;
  * `session T` blocks feed the block to `crm -c SHADOW` as is, starting from the
    shadow CIB as the previous blocks of the same file left it; the shadow starts
    as crm_mksample's sample CIB;
  * every crm line is echoed in TEST.exp as `.INP: LINE`, which this script uses
    to check its own reading of the test file (every line must agree).
The script is deterministic: re-running it rewrites identical files.
"""
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "crmsh-tests"))
TESTCASES = os.path.join(SHARED, "testcases")
OUT = os.path.join(REPO, "cib", "src", "test", "resources", "crmsh-replay")

TESTS = ["confbasic", "confbasic-xml", "rset", "rset-xml",
         "newfeatures", "bugs", "delete", "commit"]

# crm_mksample (test/crm-interface): the shadow CIB every test file starts from.
# The heredoc is unquoted, so `\`+newline joins lines; the configure-level lines are:
SAMPLE = [
    "node node1",
    "primitive p0 ocf:pacemaker:Dummy",
    "primitive p1 ocf:pacemaker:Dummy",
    "primitive p2 ocf:heartbeat:Delay \tparams startdelay=2 mondelay=2 stopdelay=2",
    "primitive p3 ocf:pacemaker:Dummy",
    "primitive st stonith:null params hostlist=node1",
    "clone c1 p1",
    "clone m1 p2 meta promotable=true",
    "op_defaults timeout=60s",
]
# crm_show / crm_showxml add these around a show block's lines
SHOW_HEAD = ["configure", "_regtest on", "erase", "erase nodes"]

# shows that only the same crm process can reproduce (found by tools/check-replay-data.sh)
IN_SESSION_ONLY = {
    ("bugs", "01", 3): "uncommitted in-session order under sort-elements=no (p5 before p6); "
                       "after the commit crmsh re-reads the CIB and lists p6 before p5, as the "
                       "block's next show (the case 01-configuration-bugs) does",
}

IFS = " \t\n"


class Reader:
    """bash `read` (no -r) over the lines of a file."""

    def __init__(self, text):
        self.lines = text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.pos = 0

    def raw(self):
        """One logical line with backslashes processed, untrimmed; None at EOF."""
        if self.pos >= len(self.lines):
            return None
        out = []
        while True:
            phys = self.lines[self.pos]
            self.pos += 1
            i = 0
            cont = False
            while i < len(phys):
                c = phys[i]
                if c == "\\":
                    if i + 1 < len(phys):
                        out.append(phys[i + 1])
                        i += 2
                        continue
                    cont = True  # backslash-newline: line continues
                    break
                out.append(c)
                i += 1
            if cont and self.pos < len(self.lines):
                continue
            return "".join(out)

    def read_line(self):
        s = self.raw()
        return None if s is None else s.strip(IFS)

    def read_cmd_rest(self):
        s = self.raw()
        if s is None:
            return None
        s = s.strip(IFS)
        m = re.match(r"(\S*)[ \t]*(.*)$", s, re.S)
        return m.group(1), m.group(2).strip(IFS)


def split_blocks(text):
    """The evaltest.sh main loop: list of blocks (kind, title, lines)."""
    r = Reader(text)
    blocks = []
    while True:
        cr = r.read_cmd_rest()
        if cr is None:
            break
        cmd, rest = cr
        if cmd == "" or cmd.startswith("#"):
            continue
        if cmd == "%stop":
            break
        if cmd.startswith("%"):
            blocks.append(("directive", cmd + " " + rest, []))
            continue
        if cmd in ("show", "showxml", "session", "filesession"):
            title = " ".join(rest.split())
            lines = []
            while True:
                ln = r.read_line()
                if ln is None or ln == ".":
                    break
                lines.append(ln)
            blocks.append((cmd, title, lines))
        else:
            blocks.append(("single", " ".join([cmd] + rest.split()), []))
    return blocks


def parse_exp(text):
    """Split TEST.exp into .TRY segments; each is (title, events) where an event
    is [inp_line, [output lines]] (output = lines up to the next .INP/.TRY)."""
    segs = []
    cur = None
    for ln in text.split("\n"):
        if ln.startswith(".TRY "):
            cur = [ln[5:], []]
            segs.append(cur)
        elif ln.startswith(".INP: ") or ln == ".INP:":
            cur[1].append([ln[6:], []])
        elif cur is not None and cur[1]:
            cur[1][-1][1].append(ln)
    return segs


STDERR_RE = re.compile(r"^(WARNING|INFO|ERROR|CRITICAL|DEBUG): ")


def show_output(lines):
    """What `show` printed on stdout: drop .EXT echoes and log lines (stderr)."""
    out = [l for l in lines if not l.startswith(".EXT ") and not STDERR_RE.match(l)]
    while out and out[-1] == "":
        out.pop()
    return out


def slug(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return s


class Level:
    """Tracks which crm level a session line runs at (enough for these tests)."""
    LEVELS = {"configure", "options", "cib", "resource", "node", "template", "ra",
              "cluster", "history", "site", "script", "corosync", "assist", "maintenance"}

    def __init__(self, start):
        self.stack = list(start)

    def top(self):
        return self.stack[-1] if self.stack else "root"

    def feed(self, line):
        """Returns the level the line ran at."""
        at = self.top()
        words = line.split()
        if not words or words[0].startswith("#"):
            return at
        w = words[0]
        if w in ("up", "end", "back") and self.stack:
            self.stack.pop()
        elif w == "cd" and len(words) > 1 and words[1] == "..":
            if self.stack:
                self.stack.pop()
        elif len(words) == 1 and w in self.LEVELS and w != at:
            self.stack.append(w)
        return at


def opt_name(name):
    return name.replace("-", "_")


def main():
    if os.path.isdir(OUT):
        for t in TESTS:
            shutil.rmtree(os.path.join(OUT, t), ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)
    report = []
    ws_notes = []
    mismatches = 0
    for test in TESTS:
        text = open(os.path.join(TESTCASES, test)).read()
        exp = open(os.path.join(TESTCASES, test + ".exp")).read()
        blocks = split_blocks(text)
        xml_exp = exp.lstrip().startswith("<?xml") or exp.startswith("<cib")
        segs = [] if xml_exp else parse_exp(exp)
        tdir = os.path.join(OUT, test)
        os.makedirs(tdir, exist_ok=True)
        # history: configure-level lines that rebuild the shadow CIB as the runner
        # left it before the current block (None: unknown/unmodellable)
        history = SAMPLE + ["commit"]
        seg_i = 0
        for bi, (kind, title, lines) in enumerate(blocks, 1):
            nn = "%02d" % bi
            name = nn + "-" + slug(title if kind not in ("single", "directive") else title)
            if kind == "directive":
                report.append((test, nn, kind, title, "skipped", "runner directive, no crm input"))
                continue
            if kind == "single":
                seg = segs[seg_i] if segs else None
                seg_i += 1
                report.append((test, nn, kind, title, "skipped",
                               "single-line invocation `crm %s`: not configure input and no show" % title))
                words = title.split()
                while words and words[0].startswith("-"):
                    words.pop(0)
                if words[:1] == ["configure"] and history is not None:
                    history.append(" ".join(words[1:]))
                elif history is not None:
                    history = None  # state changed outside configure: cannot model
                continue
            if kind == "filesession":
                seg_i += 1
                report.append((test, nn, kind, title, "skipped", "filesession: runs on a CIB_file copy"))
                continue
            # the lines crmsh received, as the runner builds them
            if kind in ("show", "showxml"):
                fed = SHOW_HEAD + lines + (["show xml"] if kind == "showxml" else ["show"]) + ["commit"]
                level = Level([])
            else:
                fed = list(lines)
                level = Level([])
            # check our reading against the .INP echoes
            if kind == "showxml":
                events = None  # describe_showxml prints nothing; the .exp keeps only the XML
            else:
                seg = segs[seg_i]
                seg_i += 1
                if seg[0] != title:
                    sys.exit("%s: block %s title %r != .TRY %r" % (test, nn, title, seg[0]))
                events = seg[1]
                inps = [e[0] for e in events]
                nows = lambda l: [re.sub(r"\s+", "", x) for x in l]
                for a, b in zip(inps, fed):
                    if a != b and nows([a]) == nows([b]):
                        ws_notes.append("%s %s: .INP line differs from the test file in white space only: %r" % (test, nn, b[:60]))
                if nows(inps) != nows(fed):
                    mismatches += 1
                    for a, b in zip(inps, fed):
                        if a != b:
                            print("MISMATCH %s %s:\n  exp: %r\n  ours:%r" % (test, nn, a, b))
                            break
                    if len(inps) != len(fed):
                        print("MISMATCH %s %s: %d .INP lines, %d fed" % (test, nn, len(inps), len(fed)))
                    sys.exit(1)
            # walk the lines: collect configure-level input, options, and the shows
            opts = []
            conf = []            # configure-level lines so far (block's own)
            shows = []           # (index into conf, args, output lines)
            unsupported = None
            for k, ln in enumerate(fed):
                at = level.feed(ln)
                if kind in ("show", "showxml") and k < len(SHOW_HEAD):
                    continue  # runner preamble; from an empty CIB it is a no-op
                if kind in ("show", "showxml") and k >= len(fed) - 2:
                    # the runner's final show / commit
                    if ln.startswith("show"):
                        out = show_output(events[k][1]) if events else None
                        shows.append((len(conf), ln[4:].strip(), out))
                    continue
                if at == "configure":
                    if ln == "configure":
                        continue
                    w = ln.split()
                    if w and w[0] == "show":
                        shows.append((len(conf), ln[4:].strip(), show_output(events[k][1])))
                    if w and w[0] in ("up", "end", "back", "cd"):
                        continue
                    if w and len(w) == 1 and w[0] in Level.LEVELS:
                        if w[0] != "configure" and unsupported is None:
                            unsupported = (len(conf), "enters the `%s` level" % w[0])
                        continue
                    conf.append(ln)
                elif at == "options":
                    w = ln.split()
                    if len(w) == 2 and w[0] != "reset":
                        opts.append("core.%s=%s" % (opt_name(w[0]), w[1]))
                elif at == "root":
                    w = ln.split()
                    if w and w[0] in Level.LEVELS:
                        continue
                    if unsupported is None:
                        unsupported = (len(conf), "runs `%s` at the top level" % ln)
                else:
                    if unsupported is None:
                        unsupported = (len(conf), "runs `%s` at the `%s` level" % (ln, at))
            # starting state
            starts_clean = False
            if kind in ("show", "showxml"):
                starts_clean = True
            else:
                firsts = [l for l in conf if not l.startswith("#")][:2]
                starts_clean = firsts == ["erase", "erase nodes"]
            if starts_clean:
                pre = []
                state = "empty CIB (the block erases everything first)"
            elif history is not None:
                pre = list(history)
                state = "history: sample CIB + earlier blocks of the file, then `commit`"
            else:
                pre = None
                state = "unknown"
            full_shows = [s for s in shows if s[1] in ("", "xml")]
            if not shows:
                report.append((test, nn, kind, title, "skipped", "no configure `show` in the block" +
                               (" (%s)" % unsupported[1] if unsupported else "")))
            elif pre is None:
                report.append((test, nn, kind, title, "skipped", "depends on state the runner made outside configure"))
            else:
                last_full = full_shows[-1] if full_shows else None
                step = 0
                for s in shows:
                    idx, args, out = s
                    pos = shows.index(s) + 1
                    if (test, nn, pos) in IN_SESSION_ONLY:
                        report.append((test, nn, kind, title, "skipped",
                                       "show #%d (%s): %s" % (pos, args or "full", IN_SESSION_ONLY[(test, nn, pos)])))
                        continue
                    if unsupported and idx > unsupported[0]:
                        report.append((test, nn, kind, title, "skipped",
                                       "show after a line that %s" % unsupported[1]))
                        continue
                    if s is last_full:
                        base = name
                    else:
                        step += 1
                        base = "%s.step%d" % (name, pos)
                    body = pre + conf[:idx]
                    with open(os.path.join(tdir, base + ".in"), "w") as f:
                        f.write("".join(l + "\n" for l in body))
                    if kind == "showxml" and args == "xml":
                        shutil.copyfile(os.path.join(TESTCASES, test + ".exp"),
                                        os.path.join(tdir, base + ".exp.xml"))
                    else:
                        with open(os.path.join(tdir, base + ".exp"), "w") as f:
                            f.write("".join(l + "\n" for l in out))
                    if args not in ("", "xml"):
                        with open(os.path.join(tdir, base + ".args"), "w") as f:
                            f.write(args + "\n")
                    if opts:
                        with open(os.path.join(tdir, base + ".opts"), "w") as f:
                            f.write("".join(o + "\n" for o in opts))
                    report.append((test, nn, kind, title, "case " + base,
                                   "show %s; start: %s" % (args or "(full)", state)))
            # the state this block leaves behind, for later blocks
            if history is not None:
                if unsupported:
                    history = None
                elif kind in ("show", "showxml"):
                    history = ["erase", "erase nodes"] + conf + ["commit"]
                else:
                    history = (pre if pre is not None else []) + conf + ["commit"]
        for extra in ("bugs-test.txt",):
            if any(extra in l for b in blocks for l in b[2]):
                shutil.copyfile(os.path.join(SHARED, extra), os.path.join(tdir, extra))
    with open(os.path.join(OUT, "cases.tsv"), "w") as f:
        f.write("test\tblock\tkind\ttitle\tresult\tnote\n")
        for r in report:
            f.write("\t".join(r) + "\n")
    for r in report:
        print("\t".join(r))
    for n in ws_notes:
        print("NOTE", n)


if __name__ == "__main__":
    main()
