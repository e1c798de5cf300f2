#!/usr/bin/env python3
"""Time commands side by side, in turn (A B A B ...), as whole processes.

    bench/paired.py [-n RUNS] [--warmup N] -- 'COMMAND A' 'COMMAND B' ...

Each command is one string run through `sh -c` (so `tar cf - DIR | cat`
is one command) with its output thrown away. After the warm-up rounds,
every round runs each command once, in the order given; the kernel's own
accounting of each finished process tree (wait4: user and system time of
the command and everything it started, and the largest resident set of
any one process) is kept. Prints, per command, the median wall time, CPU
time (user + system) and peak memory, and for every command after the
first its ratio to the first, pair by pair (the median of the ratios of
each round), so a comparison holds when the machine's speed drifts.
Before and after: the load average, which says how busy the machine was.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time


def run(cmd):
    # Peak memory through GNU time: a child of this (Python) process would
    # start with its resident memory as the peak (ru_maxrss survives exec).
    with tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        pid = os.posix_spawnp(
            "/usr/bin/time",
            ["/usr/bin/time", "-f", "%M", "-o", peak.name, "sh", "-c", cmd],
            os.environ,
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0),
                (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0),
            ],
        )
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        lines = peak.read().split()
    code = os.waitstatus_to_exitcode(status)
    if lines and lines[0] == "Command":
        # "Command exited with non-zero status N", then the figure.
        code = int(lines[5])
    rss = int(lines[-1]) / 1024 if lines else float("nan")
    return wall, usage.ru_utime + usage.ru_stime, rss, code


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", type=int, default=7, help="counted rounds (default 7)")
    p.add_argument("--warmup", type=int, default=1, help="rounds not counted (default 1)")
    p.add_argument("--names", help="names of the commands, comma-separated")
    p.add_argument("commands", nargs="+")
    a = p.parse_args()
    names = a.names.split(",") if a.names else a.commands
    load_before = os.getloadavg()[0]
    for _ in range(a.warmup):
        for c in a.commands:
            run(c)
    runs = [[] for _ in a.commands]
    for _ in range(a.n):
        for i, c in enumerate(a.commands):
            runs[i].append(run(c))
    load_after = os.getloadavg()[0]
    med = statistics.median
    print(
        f"{a.n} rounds, load average {load_before:.1f} before, {load_after:.1f} after "
        f"({os.cpu_count()} cores)"
    )
    print("| command | wall (s) | CPU (s) | peak memory (MB) | wall / first | CPU / first | exit |")
    print("|---|---|---|---|---|---|---|")
    for i, name in enumerate(names):
        r = runs[i]
        wall, cpu, rss = med(x[0] for x in r), med(x[1] for x in r), med(x[2] for x in r)
        if i == 0:
            rw = rc = "1"
        else:
            rw = f"{med(x[0] / y[0] for x, y in zip(r, runs[0])):.2f}"
            rc = f"{med(x[1] / max(y[1], 1e-6) for x, y in zip(r, runs[0])):.2f}"
        codes = ",".join(sorted({str(x[3]) for x in r}))
        print(f"| {name} | {wall:.3f} | {cpu:.3f} | {rss:.1f} | {rw} | {rc} | {codes} |")


if __name__ == "__main__":
    sys.exit(main())
