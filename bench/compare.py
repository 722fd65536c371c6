#!/usr/bin/env python3
"""Compare the cost of short commands on a noisy machine: runs them interleaved (A B C A B C ...), so
that a burst of load from other processes hits all of them alike, and reports per command the minimum
and median wall time and the median CPU time (user+sys of the process and its children, from wait4).

usage: bench/compare.py [-r ROUNDS] [-w WARMUP] [--env NAME=VALUE]... [--prepare CMD] -- 'CMD A' 'CMD B' ...

Commands run through `sh -c` with stdout and stderr discarded; --prepare runs (untimed) before each
timed run, e.g. to copy a fresh CIB into place. The exit status of every timed run must be 0.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run(cmd, env):
    start = time.perf_counter()
    proc = subprocess.Popen(["sh", "-c", cmd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-r", "--rounds", type=int, default=10)
    ap.add_argument("-w", "--warmup", type=int, default=1)
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--prepare")
    ap.add_argument("commands", nargs="+")
    a = ap.parse_args()
    env = dict(os.environ)
    for kv in a.env:
        k, v = kv.split("=", 1)
        env[k] = v
    walls = {c: [] for c in a.commands}
    cpus = {c: [] for c in a.commands}
    for r in range(a.warmup + a.rounds):
        for c in a.commands:
            if a.prepare:
                subprocess.run(["sh", "-c", a.prepare], check=True, env=env)
            wall, cpu, rc = run(c, env)
            if rc != 0:
                sys.exit(f"exit status {rc}: {c}")
            if r >= a.warmup:
                walls[c].append(wall)
                cpus[c].append(cpu)
    print(f"| command | wall min (s) | wall median (s) | CPU median (s) | runs |")
    print(f"|---|---:|---:|---:|---:|")
    for c in a.commands:
        print(f"| `{c}` | {min(walls[c]):.3f} | {statistics.median(walls[c]):.3f} | "
              f"{statistics.median(cpus[c]):.3f} | {len(walls[c])} |")


if __name__ == "__main__":
    main()
