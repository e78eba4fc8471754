"""Run the benchmarks: ``python -m tests.benchmarks [NAME...] [--json] [--list]``.

Each benchmark prints its name, database, scale, measured and baseline figures, the ratio,
the unit and the goal. Baselines run side by side in the same process and machine state.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys

from tests.benchmarks.common import BENCHMARKS, Result


def _load_all() -> None:
    import tests.benchmarks as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("bench_"):
            importlib.import_module(f"tests.benchmarks.{info.name}")


def _print_table(results: list[Result]) -> None:
    headers = ["name", "database", "scale", "measured", "baseline", "ratio", "goal", "ok"]
    rows = []
    for r in results:
        rows.append(
            [
                r.name,
                r.database,
                r.scale,
                f"{r.measured:.4g} {r.unit}",
                f"{r.baseline:.4g} {r.unit} ({r.baseline_name})" if r.baseline is not None else "-",
                f"{r.ratio:.2f}x" if r.ratio is not None else "-",
                r.goal,
                "-" if r.passed is None else ("yes" if r.passed else "NO"),
            ]
        )
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    for r in results:
        if r.note:
            print(f"  note {r.name} [{r.database}]: {r.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("names", nargs="*", metavar="NAME")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    _load_all()
    if args.list:
        print("\n".join(sorted(BENCHMARKS)))
        return 0
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; --list shows them", file=sys.stderr)
        return 2
    results: list[Result] = []
    for name in args.names or sorted(BENCHMARKS):
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results.extend(BENCHMARKS[name]())
    if args.json:
        print(json.dumps([r.to_dict() for r in results], indent=2))
    else:
        _print_table(results)
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
