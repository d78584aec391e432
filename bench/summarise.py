#!/usr/bin/env python3
"""Prints every figure of a run of bench/run-benchmarks.sh as a Markdown table: the
measurement, its target, its floor and the ratio to the floor, and whether the target is met.

    python3 bench/summarise.py --results <build>/bench-results/<time> [--inserts 200]
"""
import argparse
import json
import os
import statistics


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def bench_index(results):
    """name without the /iterations:/real_time decorations -> benchmark entry"""
    out = {}
    for b in (results or {}).get("benchmarks", []):
        if b.get("run_type") == "aggregate":
            continue
        parts = [p for p in b["name"].split("/") if not p.startswith(("iterations:", "real_time", "min_time:"))]
        out["/".join(parts)] = b
    return out


def to_ms(b, key="real_time"):
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b.get("time_unit", "ns")]
    return b[key] * scale


def hyperfine(path):
    data = load(path)
    if not data:
        return {}
    return {r["command"]: r for r in data["results"]}


def fmt_ms(v):
    if v is None:
        return "–"
    if v >= 1000:
        return f"{v / 1000:.2f} s"
    if v >= 10:
        return f"{v:.0f} ms"
    if v >= 1:
        return f"{v:.2f} ms"
    return f"{v * 1000:.0f} µs"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True)
    ap.add_argument("--inserts", type=int, default=200)
    ap.add_argument("--note", default="")
    args = ap.parse_args()
    r = args.results
    bench = bench_index(load(os.path.join(r, "bench.json")))
    rows = []  # figure, measured, target, floor, ratio, met

    def met(ok):
        return "–" if ok is None else ("yes" if ok else "**no**")

    def row(figure, measured, target="–", floor="–", ratio=None, ok=None):
        rows.append((figure, measured, target, floor, "–" if ratio is None else f"{ratio:.2f}×", met(ok)))

    # Pathways
    b = bench.get("BM_LoadBundledPathways")
    if b:
        ms = to_ms(b)
        row(f"Load and validate every bundled pathway ({int(b.get('pathways', 0))})", fmt_ms(ms), "< 20 ms", ok=ms < 20)

    # Opening
    for check in (0, 1):
        for n in (100, 5000, 100000):
            b = bench.get(f"BM_OpenPortfolio/{n}/{check}")
            if b:
                row(f"Open a portfolio of {n:,} evidence records ({b.get('file_MB', 0):.0f} MB), {b.get('label', '')}",
                    fmt_ms(to_ms(b)))

    # Durable add against the sqlite3 floor. The floor is a mean per insert (total time of
    # K transactions less the time of none, over K), so the ratio compares means; the
    # target's 2 ms is for the median of single additions.
    for n in (100, 5000, 100000):
        b = bench.get(f"BM_AddEvidenceDurable/{n}")
        if not b:
            continue
        hf = hyperfine(os.path.join(r, f"floor-{n}.json"))
        floor = None
        if "inserts" in hf and "none" in hf:
            floor = (hf["inserts"]["median"] - hf["none"]["median"]) * 1000 / args.inserts
        median, mean = b["median_ms"], b["mean_ms"]
        ratio = mean / floor if floor else None
        ok = median < 2 and (ratio is not None and ratio <= 3)
        row(f"Add one evidence record + 2 mappings, durable, into {n:,}: median (mean, p90)",
            f"{fmt_ms(median)} ({fmt_ms(mean)}, {fmt_ms(b['p90_ms'])})",
            "median < 2 ms; mean ≤ 3× floor", f"sqlite3: {fmt_ms(floor)} mean per insert" if floor else "not measured",
            ratio, ok)

    # Search: as the evidence screen searches (first 500, newest or best first), then every
    # match best first, as the command line does. The target is for the screen's default.
    for limit, order in ((500, 0), (500, 1), (0, 1)):
        for n in (100, 5000, 100000):
            for q in range(4):
                b = bench.get(f"BM_FullTextSearch/{n}/{q}/{limit}/{order}")
                if not b:
                    continue
                f = bench.get(f"BM_FullTextSearchFts5Only/{n}/{q}/{limit}/{order}")
                ms = to_ms(b)
                floor = to_ms(f) if f else None
                judged = n == 100000 and limit == 500 and order == 0
                row(f"Full-text search, {n:,} records, {b.get('label', '')}: {int(b.get('hits', 0)):,} rows",
                    fmt_ms(ms), "< 20 ms" if judged else "–",
                    f"FTS5 alone, ids only: {fmt_ms(floor)}" if floor else "–", ms / floor if floor else None,
                    ms < 20 if judged else None)
    for n in (100, 5000, 100000):
        b = bench.get(f"BM_EvidenceListNewest/{n}")
        if b:
            row(f"Evidence screen list, {n:,} records: newest {int(b.get('rows', 0))}", fmt_ms(to_ms(b)))

    # Readiness
    for n, j in ((100, -1), (5000, -1), (10000, 500), (100000, -1)):
        full = bench.get(f"BM_ReadinessFull/{n}/{j}")
        facts = bench.get(f"BM_ReadinessFacts/{n}/{j}")
        ev = bench.get(f"BM_ReadinessEvaluateOnly/{n}/{j}")
        judgements = 500 if j == 500 else max(20, min(500, n // 2))
        issue4 = n == 10000
        if full:
            ms = to_ms(full)
            row(f"Readiness, full (facts + evaluateTarget), {n:,} evidence, {judgements} judgements", fmt_ms(ms),
                "< 5 ms" if issue4 else "–", f"evaluation alone: {fmt_ms(to_ms(ev))}" if ev else "–",
                ms / to_ms(ev) if ev else None, ms < 5 if issue4 else None)
        if facts:
            row(f"  store.facts() alone ({n:,} evidence)",
                fmt_ms(to_ms(facts)))
        if ev:
            ms = to_ms(ev)
            row(f"  evaluateTarget alone over precomputed facts ({n:,} evidence)", fmt_ms(ms), "< 5 ms" if issue4 else "–",
                ok=ms < 5 if issue4 else None)

    # PDF
    b = bench.get("BM_PanelPdf/200")
    if b:
        ms = to_ms(b)
        row(f"Panel PDF, 200 evidence records ({int(b.get('pages', 0))} pages)", fmt_ms(ms), "< 3 s", ok=ms < 3000)

    # Start-up
    hf = hyperfine(os.path.join(r, "startup.json"))
    if "minimal" in hf and "waymark-5000" in hf:
        floor = hf["minimal"]["mean"] * 1000
        ms = hf["waymark-5000"]["mean"] * 1000
        sd = hf["waymark-5000"]["stddev"] * 1000
        row("Application shown on a 5,000-record portfolio (mean ± sd)", f"{fmt_ms(ms)} ± {fmt_ms(sd)}",
            "< 1 s and ≤ 3× floor", f"minimal Qt window: {fmt_ms(floor)}", ms / floor, ms < 1000 and ms / floor <= 3)

    # Memory
    mem = {}
    try:
        with open(os.path.join(r, "memory.txt")) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and parts[1].isdigit():
                    mem[parts[0]] = int(parts[1]) / 1024
                    if len(parts) >= 3:
                        mem[parts[0] + ":s"] = float(parts[2])
    except OSError:
        pass
    floor = mem.get("minimal")
    for n in (5000, 100000):
        v = mem.get(f"waymark-{n}")
        if v is not None:
            shown = mem.get(f"waymark-{n}:s")
            row(f"Peak memory, application with {n:,} records open" + (f" (shown after {shown:.1f} s, wall)" if shown else ""),
                f"{v:.0f} MB", "< 300 MB" if n == 100000 else "–",
                f"minimal Qt window: {floor:.0f} MB" if floor else "–", v / floor if floor else None,
                v < 300 if n == 100000 else None)

    print("| Figure | Measured | Target | Floor | Ratio | Met |")
    print("|---|---|---|---|---|---|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")
    if args.note:
        print(f"\nNote: {args.note}")


if __name__ == "__main__":
    main()
