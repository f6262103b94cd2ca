#!/usr/bin/env python3
"""Collects seed inputs for the fuzz targets (tests/fuzz) into one directory.

    tools/fuzz_corpus.py OUTDIR [--max-seeds N]

Seeds are every tests/**/*.as script but the benchmarks (tests/bench,
slow by design), docs/**/*.as, and every ```python block of the Markdown
under docs/.  Each is written as OUTDIR/<sha1 of its
bytes>, so running the script again adds nothing twice; libFuzzer keeps its
own finds in the same directory.  Scripts larger than MAX_SEED are skipped:
libFuzzer works best on small inputs.  --max-seeds keeps only N of them
(the same N every time, spread over the whole set), for short runs that
cannot afford to execute a thousand seeds first.
"""
import argparse
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAX_SEED = 64 * 1024
FENCE = re.compile(r"^```python\n(.*?)^```", re.M | re.S)


def seeds():
    bench = ROOT / "tests" / "bench"
    for pattern in ("tests/**/*.as", "docs/**/*.as"):
        for path in sorted(ROOT.glob(pattern)):
            if bench not in path.parents:
                yield path.read_bytes()
    for path in sorted(ROOT.glob("docs/**/*.md")):
        for block in FENCE.findall(path.read_text(encoding="utf-8")):
            yield block.encode()


def main():
    ap = argparse.ArgumentParser(description="Collects fuzzing seeds.")
    ap.add_argument("outdir", type=pathlib.Path)
    ap.add_argument("--max-seeds", type=int, default=0, metavar="N")
    args = ap.parse_args()
    chosen = {hashlib.sha1(d).hexdigest(): d for d in seeds() if d and len(d) <= MAX_SEED}
    names = sorted(chosen)
    if args.max_seeds and len(names) > args.max_seeds:
        step = len(names) / args.max_seeds
        names = [names[int(i * step)] for i in range(args.max_seeds)]
    args.outdir.mkdir(parents=True, exist_ok=True)
    added = 0
    for name in names:
        target = args.outdir / name
        if not target.exists():
            target.write_bytes(chosen[name])
            added += 1
    print(f"{added} new seeds in {args.outdir}")


if __name__ == "__main__":
    main()
