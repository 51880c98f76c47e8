"""Segmentation speed (prints figures; not a test): ms to segment one unbroken line of 10k / 100k / 1M
repeated characters (市市市…, the line that made jieba quadratic: issue 19), and of as much real gazette
text, through search.segment as indexing does (with sub-words). ms per 10,000 characters must stay
level as the line grows (linear time): the script exits 1 when the slowest is GROWTH_LIMIT x the fastest.

    python bench/segment_bench.py                  # 10k, 100k, 1M characters
    python bench/segment_bench.py 10000 40000      # other lengths
    python bench/segment_bench.py --whole 10000 40000
                                                   # jieba on the whole line, as before issue 19 (slow)
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jieba  # noqa: E402

from search import segment  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000)
GROWTH_LIMIT = 2.0
REAL = (ROOT / "fixtures" / "issues" / "2020-06.txt").read_text(encoding="utf-8")


def timed_ms(text: str) -> float:
    start = time.perf_counter()
    for _ in segment.segment(text, sub_words=True):
        pass
    return (time.perf_counter() - start) * 1000


def main(argv: list[str]) -> int:
    whole = "--whole" in argv
    sizes = [int(a) for a in argv if a.isdigit()] or list(SIZES)
    if whole:  # one chunk: jieba sees the whole line, as before the chunks
        segment.CHUNK = max(sizes) + 1
    jieba.initialize()
    print(f"{'characters':>11} {'市… ms':>10} {'ms/10k':>8} {'real text ms':>13} {'ms/10k':>8}")
    per_10k = []
    for size in sizes:
        repeated = timed_ms("市" * size)
        real = timed_ms((REAL * (size // len(REAL) + 1))[:size])
        per_10k.append(repeated / size * 10_000)
        print(f"{size:>11,} {repeated:>10.0f} {per_10k[-1]:>8.1f} {real:>13.0f} {real / size * 10_000:>8.1f}")
    growth = max(per_10k) / min(per_10k)
    print(f"slowest / fastest ms per 10k characters of 市…: {growth:.2f} (limit {GROWTH_LIMIT})")
    return 0 if whole or growth <= GROWTH_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
