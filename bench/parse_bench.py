"""Parser speed (prints figures; not a test): ms per fixture issue, and ms per 10,000 lines when
10k / 20k / 40k lines are inserted into an issue, so a step that grows faster than the text shows.

Each inserted shape is one the joiners and section finders work hardest on: a heading repeated, an
unfinished line that every following line continues (one paragraph of 40k lines), and column lines
in the raw two-column shape. The parser must stay linear: the time per 10,000 lines may grow at most
2.2x per doubling (GROWTH_LIMIT); the script exits 1 when it does not.

    python bench/parse_bench.py            # parse figures only (no Django needed)
    python bench/parse_bench.py --ingest   # and the ingest of all fixtures, indexing included
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from issues.parser import parse_issue  # noqa: E402

FIXTURES = sorted((ROOT / "fixtures" / "issues").glob("*.txt"))
REPEAT = 20
SIZES = (10_000, 20_000, 40_000)
GROWTH_LIMIT = 2.2
# name -> (fixture, the line inserted SIZE times two thirds into the body)
SHAPES = {
    "structural-heading": ("2021-05", "一、"),
    "category-heading": ("2021-05", "市政府文件"),
    "unfinished-line": ("2021-05", "这是一段没有结束的正文，它被分页切断后继续"),
    "raw-column-line": ("2020-09", "这是一段没有结束的正文，它被分页切断后继续\n"),
}


def timed(text: str) -> float:
    start = time.perf_counter()
    parse_issue(text)
    return time.perf_counter() - start


def inserted(name: str, line: str, count: int) -> str:
    lines = (ROOT / "fixtures" / "issues" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    at = len(lines) * 2 // 3
    return "\n".join(lines[:at] + [line] * count + lines[at:])


def per_issue() -> None:
    print(f"parse time per issue ({REPEAT} runs each):")
    for path in FIXTURES:
        text = path.read_text(encoding="utf-8")
        times = [timed(text) for _ in range(REPEAT)]
        print(f"  {path.name}: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")


def growth() -> bool:
    """Print ms per 10,000 inserted lines at each size; True when every doubling stays within the limit."""
    linear = True
    print(f"ms per 10,000 inserted lines at {' / '.join(f'{n // 1000}k' for n in SIZES)} (growth per doubling):")
    for shape, (name, line) in SHAPES.items():
        base = min(timed(inserted(name, line, 0)) for _ in range(3))
        per_10k = [(min(timed(inserted(name, line, n)) for _ in range(2)) - base) * 1000 / (n / 10_000) for n in SIZES]
        ratios = [(b * 2) / a if a > 0 else 0.0 for a, b in zip(per_10k, per_10k[1:])]  # total time ratio
        linear &= all(ratio <= GROWTH_LIMIT for ratio in ratios)
        figures = " / ".join(f"{ms:.0f}" for ms in per_10k)
        print(f"  {shape:20} {figures} ms  (x{' x'.join(f'{r:.2f}' for r in ratios)})")
    return linear


def ingest() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
    os.environ.setdefault("GAZETTE_DATA_DIR", tempfile.mkdtemp(prefix="gazette-bench-"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    call_command("ingest", *[str(p) for p in FIXTURES], "--force", stdout=open(os.devnull, "w"))
    print(f"ingest of all {len(FIXTURES)} fixtures (incl. indexing): {time.perf_counter() - start:.2f} s")


def main() -> int:
    per_issue()
    linear = growth()
    if "--ingest" in sys.argv:
        ingest()
    if not linear:
        print(f"NOT LINEAR: the total time grew more than {GROWTH_LIMIT}x when the inserted lines doubled")
    return 0 if linear else 1


if __name__ == "__main__":
    sys.exit(main())
