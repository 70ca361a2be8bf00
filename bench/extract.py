"""Benchmark the extractor on text input: articles per second on one core and peak memory.

    python bench/extract.py [ARTICLES_DIR] [--seconds 5] [--learned NAMES]

Reads every ``*.txt`` in ARTICLES_DIR (default: ``../shared/eval/articles`` beside the
repository, found from this file's location whatever the current directory, else the
repository's ``data/articles``; the ``articles:`` line names the folder read and why), warms
the caches, then extracts the texts round-robin for the given time.
``--learned NAMES`` extracts with those learned components (``none``: the rules alone; default
the default set, ``justicekg.extract.learn.active.DEFAULT``); the ``learned:`` line names them.
A plain regex tokenizer pass over the same texts is timed in the same run as a baseline and
the ratio printed. Peak memory: ``ru_maxrss`` of the process and the tracemalloc peak of one
extraction pass.

Scale: the articles are concatenated into one 1 MB text (``--big-bytes``) and its CPU time
per character is compared with that of the normal articles: a ratio near 1 means extraction
is linear in the text size. With ``data/eval/a/articles``: 16.8 CPU-s and 10.5 while
``Doc.covered`` scanned every span, 5.0 CPU-s and 3.0 with its index; the rest is recognizers
that still compare each new span with all earlier ones (2 MB: 3.4).

Long sentence: one synthetic page with no sentence break at all (invented lists of officials
with titles, ``Báo …`` newspaper names and event cues, joined by commas), extracted at two
sizes (``--long-sizes``, default 10 KB and 40 KB). The line gives the CPU time of each, the
ratio of the two (size ratio 4: near 4 is linear, near 16 quadratic) and the per-character
cost of the larger one against the normal articles' in the same run. Ratio 12.9 while two
rules searched from the sentence start for each cue, 9 while four more did; 4.0 (40 KB 0.21
CPU-s, 1.9x per char) with the one-scan-per-sentence lookups of ``extract/scan.py``.

Long list: one invented page whose sentence opens a list with a colon and then names
(``--list-names``, default 500 and 2,000 invented names joined by commas), extracted at the two
sizes: the line gives the CPU time of each, their ratio (names ratio 4: near 4 is linear, near
16 quadratic) and the per-character cost of the larger against the normal articles'. Ratio
10.1-10.8 (2,000 names 1.9-2.0 CPU-s, 17x per char) while each listed name walked back over
the names before it and the persons recognizer compared each name with all found before; 3.5
(0.30 CPU-s, 2.7x per char) since ``extract/name_runs.py`` reads the runs of names once per
page and the names taken are kept sorted.
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
from justicekg.extract.learn import active
from justicekg.text.read import read_article

ROOT = Path(__file__).resolve().parents[1]


#: The default articles folder, beside the repository (``../shared/eval/articles`` from its root).
SHARED_ARTICLES = ROOT.parent / "shared" / "eval" / "articles"
#: The default when there is none beside the repository: the bundled articles.
BUNDLED_ARTICLES = ROOT / "data" / "articles"


def articles_folder(given: str | None) -> tuple[Path, str]:
    """The folder to read and why: ``given`` (relative to the current directory) when set,
    else :data:`SHARED_ARTICLES` when it exists, else :data:`BUNDLED_ARTICLES`; both defaults
    are found from this file's location, not the current directory."""
    if given:
        return Path(given).resolve(), "given"
    if SHARED_ARTICLES.is_dir():
        return SHARED_ARTICLES, "default: ../shared/eval/articles beside the repository"
    return BUNDLED_ARTICLES, f"default: data/articles; no {SHARED_ARTICLES}"


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


#: Invented pieces of a page that never ends a sentence (no ``.``, ``!``, ``?`` or line break).
_PEOPLE = ("Lò Văn Khiêm", "Hà Thị Nguyệt", "Đinh Công Lư", "Vi Thị Sáo", "Mạc Đình Tuấn")
_TITLES = ("Giám đốc Sở Tư pháp tỉnh", "Phó Cục trưởng Cục Thi hành án dân sự tỉnh")
_PROVINCES = ("Hà Giang", "Lai Châu", "Bắc Kạn", "Kon Tum")
_PAPERS = ("Báo Pháp luật Việt Nam", "Báo Đời sống và Pháp luật", "Báo Lai Châu")
_CUES = ("dự hội nghị tổng kết công tác tư pháp", "được tặng Bằng khen", "chủ trì buổi làm việc")


def long_sentence(size: int) -> str:
    """An invented page of about ``size`` UTF-8 bytes that is one sentence (commas only)."""
    parts: list[str] = []
    used, i = 0, 0
    while used < size:
        person = _PEOPLE[i % len(_PEOPLE)]
        title = _TITLES[i % len(_TITLES)]
        province = _PROVINCES[i % len(_PROVINCES)]
        piece = (
            f"ông {person}, {title} {province}, {_CUES[i % len(_CUES)]} "
            f"theo {_PAPERS[i % len(_PAPERS)]}, "
        )
        parts.append(piece)
        used += len(piece.encode())
        i += 1
    return "".join(parts).rstrip(", ")


def _growth(texts: list[tuple[str, str]], pages: list[str]) -> tuple[list[float], float]:
    """CPU seconds to extract each of ``pages``, and the last one's CPU time per character
    as a multiple of the normal articles' (``texts``) in the same run."""
    cpu = time.process_time()
    for stem, text in texts:
        extract(text, article_id=stem)
    normal = (time.process_time() - cpu) / sum(len(t) for _, t in texts)
    used: list[float] = []
    for i, page in enumerate(pages):
        cpu = time.process_time()
        extract(page, article_id=f"growth-{i}")
        used.append(time.process_time() - cpu)
    return used, used[-1] / len(pages[-1]) / normal


def _long_sentence_line(texts: list[tuple[str, str]], sizes: list[int]) -> str:
    """CPU time of one-sentence pages at two sizes, their ratio, vs. the normal articles."""
    used, per_char = _growth(texts, [long_sentence(size) for size in sizes])
    times = ", ".join(f"{n / 1000:.0f} KB {t:.2f} CPU-s" for n, t in zip(sizes, used, strict=True))
    return (
        f"long sentence: {times}; ratio {used[-1] / max(used[0], 1e-9):.1f} for sizes x"
        f"{sizes[-1] / sizes[0]:.0f} ({sizes[-1] / sizes[0]:.0f} = linear, "
        f"{(sizes[-1] / sizes[0]) ** 2:.0f} = quadratic); per char {per_char:.1f}x "
        "a normal article's"
    )


_SURNAMES = ("Lò", "Hà", "Đinh", "Vi", "Mạc", "Lê", "Trần", "Phạm")
_MIDDLE = ("Văn", "Thị", "Công", "Đình", "Hữu")
_GIVEN = ("Khiêm", "Nguyệt", "Lư", "Sáo", "Tuấn", "Bình", "An", "Hòa", "Lợi", "Tâm", "Hạnh")


def long_list(names: int) -> str:
    """An invented page whose second sentence lists ``names`` names after a colon."""
    listed = ", ".join(
        f"{_SURNAMES[i % len(_SURNAMES)]} {_MIDDLE[i % len(_MIDDLE)]} {_GIVEN[i % len(_GIVEN)]}"
        for i in range(names)
    )
    return (
        "Ngày 12/3/2024, Sở Tư pháp tỉnh Lai Châu tổ chức hội nghị tổng kết. "
        f"Tham dự có các đồng chí: {listed}."
    )


def _long_list_line(texts: list[tuple[str, str]], counts: list[int]) -> str:
    """CPU time of pages listing ``counts`` names after a colon, their ratio, vs. the normal
    articles."""
    used, per_char = _growth(texts, [long_list(n) for n in counts])
    times = ", ".join(f"{n} names {t:.2f} CPU-s" for n, t in zip(counts, used, strict=True))
    size = counts[-1] / counts[0]
    return (
        f"long list: {times}; ratio {used[-1] / max(used[0], 1e-9):.1f} for names x{size:.0f} "
        f"({size:.0f} = linear, {size**2:.0f} = quadratic); per char "
        f"{per_char:.1f}x a normal article's"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--big-bytes", type=int, default=1_000_000, help="0: skip the scale line")
    parser.add_argument(
        "--long-sizes",
        default="10000,40000",
        help="bytes of the one-sentence pages, comma-separated ('': skip the line)",
    )
    parser.add_argument(
        "--list-names",
        default="500,2000",
        help="names listed after a colon on the long-list pages, comma-separated ('': skip)",
    )
    parser.add_argument(
        "--learned",
        default="",
        metavar="NAMES",
        help="learned components, comma-separated; none: the rules alone (default: the "
        "default set)",
    )
    args = parser.parse_args(argv)
    with active.switched_on(args.learned):
        return _bench(args)


def _bench(args: argparse.Namespace) -> int:
    folder, why = articles_folder(args.articles)
    texts = _articles(folder)
    if not texts:
        print(f"no *.txt articles in {folder} ({why})", file=sys.stderr)
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
    print(f"articles: {len(texts)} from {folder} ({why}; mean {chars:.0f} chars)")
    print(f"learned: {','.join(active.resolve(args.learned)) or 'none (the rules alone)'}")
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
    if args.long_sizes:
        print(_long_sentence_line(texts, [int(n) for n in args.long_sizes.split(",")]))
    if args.list_names:
        print(_long_list_line(texts, [int(n) for n in args.list_names.split(",")]))
    rate = cpu_rate
    ok = rate >= 100 and maxrss_mb < 300
    print("target (>= 100 articles/s, < 300 MB):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
