"""Benchmark the extractor on text input: articles per second on one core and peak memory.

    python bench/extract.py [ARTICLES_DIR] [--seconds 5]

Reads every ``*.txt`` in ARTICLES_DIR (default: ``../shared/eval/articles``, else
``data/articles``), warms the caches, then extracts the texts round-robin for the given time.
A plain regex tokenizer pass over the same texts is timed in the same run as a baseline and
the ratio printed. Peak memory: ``ru_maxrss`` of the process and the tracemalloc peak of one
extraction pass.

Scale: the articles are concatenated into one 1 MB text (``--big-bytes``) and its CPU time
per character is compared with that of the normal articles: a ratio near 1 means extraction
is linear in the text size. With ``data/eval/a/articles``: 16.8 CPU-s and 10.5 while
``Doc.covered`` scanned every span, 5.0 CPU-s and 3.0 with its index; the rest is recognizers
that still compare each new span with all earlier ones (2 MB: 3.4).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from pathlib import Path

from measures import peak_rss_bytes

from justicekg.extract import extract
from justicekg.text.read import read_article

ROOT = Path(__file__).resolve().parents[1]


def _articles(folder: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        out.append((path.stem, read_article(path).text))
    return out


def _rate(fn: object, texts: list[tuple[str, str]], seconds: float) -> tuple[float, float]:
    """(articles per wall-clock second, articles per CPU second of this process)."""
    assert callable(fn)
    n = 0
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for stem, text in texts:
            fn(stem, text)
            n += 1
    wall = time.perf_counter() - start
    used = time.process_time() - cpu
    return n / wall, n / max(used, 1e-9)


def _scale_line(texts: list[tuple[str, str]], size: int) -> str:
    """CPU time per character of one ``size``-byte article vs. that of the normal articles."""
    joined = "\n\n".join(t for _, t in texts)
    big = (joined * (size // len(joined.encode()) + 1))[: size // 2]
    while len(big.encode()) < size:
        big += joined[: max(1, (size - len(big.encode())) // 2)]
    cpu = time.process_time()
    for stem, text in texts:
        extract(text, article_id=stem)
    normal = (time.process_time() - cpu) / sum(len(t) for _, t in texts)
    cpu = time.process_time()
    extract(big, article_id="big")
    used = time.process_time() - cpu
    per_char = used / len(big)
    return (
        f"scale: one {len(big.encode()) / 1e6:.1f} MB article ({len(big)} chars) in {used:.1f} "
        f"CPU-s; per char {per_char / normal:.1f}x a normal article's (1.0 = linear)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--big-bytes", type=int, default=1_000_000, help="0: skip the scale line")
    args = parser.parse_args(argv)
    default = ROOT.parent / "shared" / "eval" / "articles"
    folder = (
        Path(args.articles)
        if args.articles
        else (default if default.is_dir() else ROOT / "data" / "articles")
    )
    texts = _articles(folder)
    if not texts:
        print(f"no *.txt articles in {folder}", file=sys.stderr)
        return 2
    for stem, text in texts:  # warm-up: gazetteers, compiled patterns
        extract(text, article_id=stem)

    tracemalloc.start()
    for stem, text in texts:
        extract(text, article_id=stem)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    token = re.compile(r"\w+")
    rate, cpu_rate = _rate(lambda s, t: extract(t, article_id=s), texts, args.seconds)
    _, cpu_base = _rate(lambda s, t: token.findall(t), texts, min(args.seconds, 2.0))
    chars = sum(len(t) for _, t in texts) / len(texts)
    maxrss_mb = peak_rss_bytes() / 2**20
    print(f"articles: {len(texts)} from {folder} (mean {chars:.0f} chars)")
    print(f"extract: {rate:8.1f} articles/s wall, {cpu_rate:8.1f} articles per CPU-second")
    print(
        f"baseline regex tokenizer: {cpu_base:8.1f} articles per CPU-second; "
        f"extract is {cpu_base / cpu_rate:.0f}x slower"
    )
    print(
        f"peak memory: {maxrss_mb:.1f} MB RSS (process), "
        f"{traced_peak / 2**20:.1f} MB traced (one pass)"
    )
    if args.big_bytes:
        print(_scale_line(texts, args.big_bytes))
    rate = cpu_rate
    ok = rate >= 100 and maxrss_mb < 300
    print("target (>= 100 articles/s, < 300 MB):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
