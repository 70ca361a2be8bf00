"""Pictures rendered server-side as inline SVG: an entity's neighbourhood, a heat map.

Pure functions from graphs and counts to SVG text (no Flask, no JavaScript), so pages can
cache the result between ingests and tests can read it.

>>> import networkx as nx
>>> g = nx.Graph([("c", "n")]); g.nodes["c"]["label"] = "Centre"
>>> "Centre" in neighbourhood_svg(g, "c")
True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from html import escape

import networkx as nx

from justicekg.catalogue import format_day, format_number, gettext, keys, sort_key

#: Fill colour of a node by its ``kind``.
COLOURS = {
    "person": "#2f6fb0",
    "organization": "#c0632b",
    "event": "#4f9a4a",
    "province": "#8a55a8",
    "award": "#b8962e",
}
KIND_ORDER = ("organization", "province", "person", "event", "award")
MAX_NEIGHBOURS = 24


def kind_label(kind: str, lang: str) -> str:
    """A node kind in words (``Cá nhân``), from the catalogue."""
    key = f"kind_{kind}"
    return gettext(key, lang) if key in keys(lang) else kind


def relation_label(relation: str, lang: str) -> str:
    """An edge's relation in words (``tham dự``), from the catalogue."""
    key = f"rel_{relation}"
    return gettext(key, lang) if key in keys(lang) else relation


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def neighbourhood_svg(
    graph: nx.Graph,
    center: str,
    *,
    link: Callable[[str], str | None] | None = None,
    max_neighbours: int = MAX_NEIGHBOURS,
    width: int = 640,
    height: int = 440,
    lang: str = "vi",
) -> str:
    """The entity and its direct neighbours on a ring, grouped by kind; edges among them too.

    Neighbours beyond ``max_neighbours`` are left out, keeping the best connected ones first
    (events last, newest first), and a caption says how many were left out.

    Args:
        graph: the ``entity`` projection (or any graph with ``label``/``kind`` attributes).
        center: the entity to draw.
        link: maps a node to the URL its label links to (None: no link).
    """
    if center not in graph:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="jkg-neighbourhood" '
            f'width="{width}" height="40" role="img"><text x="8" y="24">—</text></svg>'
        )
    neighbours = list(graph.neighbors(center))
    total = len(neighbours)

    def rank(n: str) -> tuple[int, int, str, str]:
        kind = graph.nodes[n].get("kind") or "other"
        order = KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
        date = str(graph.nodes[n].get("date") or "")
        return (order, -graph.degree(n), "".join(chr(0x10FFFF - ord(c)) for c in date), n)

    neighbours.sort(key=rank)
    shown = sorted(neighbours[:max_neighbours], key=lambda n: (rank(n)[0], n))
    cx, cy = width / 2, height / 2 - 10
    radius = min(width, height) / 2 - 70
    pos = {center: (cx, cy)}
    for i, n in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(shown), 1)
        pos[n] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    title = escape(str(graph.nodes[center].get("label") or center))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="jkg-neighbourhood" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{title}" font-family="sans-serif" font-size="11">'
    ]
    for u, v, data in graph.subgraph([center, *shown]).edges(data=True):
        (x1, y1), (x2, y2) = pos[u], pos[v]
        rel = escape(relation_label(str(data.get("relation") or ""), lang))
        colour = "#888" if center in (u, v) else "#ccc"
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{colour}" stroke-width="1.2"><title>{rel}</title></line>'
        )
    for n in [*shown, center]:
        x, y = pos[n]
        data = graph.nodes[n]
        kind = str(data.get("kind") or "other")
        label = str(data.get("label") or n)
        if data.get("date") and kind == "event":
            label = f"{format_day(data['date'], lang)} {label}"
        r = 14 if n == center else 7
        fill = COLOURS.get(kind, "#777")
        anchor = "middle" if n == center or abs(x - cx) < 20 else ("start" if x > cx else "end")
        dx = 0 if anchor == "middle" else (10 if anchor == "start" else -10)
        dy = -(r + 4) if n == center or y < cy else r + 12
        if anchor != "middle":
            dy = 4
        text = escape(_short(label, 40 if n == center else 28))
        bold = ' font-weight="bold"' if n == center else ""
        node = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{fill}"><title>'
            f"{escape(label)} ({escape(kind_label(kind, lang))})</title></circle>"
            f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}"'
            f"{bold}>{text}</text>"
        )
        url = link(n) if link else None
        if url and n != center:
            node = f'<a href="{escape(url)}">{node}</a>'
        parts.append(node)
    if total > len(shown):
        parts.append(
            f'<text x="8" y="{height - 8}" fill="#555">'
            + escape(gettext("more_neighbours", lang, n=total - len(shown), total=total))
            + "</text>"
        )
    legend_x = width - 110
    for i, kind in enumerate(
        k for k in KIND_ORDER if any(graph.nodes[n].get("kind") == k for n in [center, *shown])
    ):
        y = 14 + i * 15
        parts.append(
            f'<circle cx="{legend_x}" cy="{y}" r="5" fill="{COLOURS[kind]}"/>'
            f'<text x="{legend_x + 9}" y="{y + 4}">{escape(kind_label(kind, lang))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def heatmap_svg(
    counts: Mapping[tuple[str, int], int],
    *,
    row_labels: Mapping[str, str] | None = None,
    cell: int = 22,
    label_width: int = 150,
    lang: str = "vi",
) -> str:
    """A rows × years heat map (e.g. award decisions per province and year), rows in
    Vietnamese alphabetical order (Đ after D), with a legend giving the colour scale.

    Args:
        counts: ``(row key, year) → count``.
        row_labels: display names of the row keys (the key itself when missing).

    >>> svg = heatmap_svg({("Thanh Hóa", 2017): 3, ("Nghệ An", 2018): 1})
    >>> svg.count("<rect") - 4, "Thanh Hóa" in svg, 'class="legend"' in svg
    (4, True, True)
    """
    labels = row_labels or {}
    rows = sorted({r for r, _ in counts}, key=lambda r: sort_key(str(labels.get(r, r))))
    years = list(range(min(y for _, y in counts), max(y for _, y in counts) + 1)) if counts else []
    top = max(counts.values(), default=1) or 1
    legend_height = 46
    width = max(label_width + cell * max(len(years), 1) + 10, label_width + 220)
    height = 30 + cell * max(len(rows), 1) + 10 + legend_height
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="jkg-heatmap" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" '
        f'font-size="10" role="img">'
    ]
    for j, year in enumerate(years):
        x = label_width + j * cell + cell / 2
        parts.append(
            f'<text x="{x:.1f}" y="20" text-anchor="middle" '
            f'transform="rotate(-45 {x:.1f} 20)">{year}</text>'
        )
    for i, row in enumerate(rows):
        y = 30 + i * cell
        name = escape(_short(str(labels.get(row, row)), 26))
        parts.append(
            f'<text x="{label_width - 6}" y="{y + cell * 0.65:.1f}" text-anchor="end">{name}</text>'
        )
        for j, year in enumerate(years):
            n = counts.get((row, year), 0)
            parts.append(
                f'<rect x="{label_width + j * cell}" y="{y}" width="{cell - 2}" '
                f'height="{cell - 2}" fill="{_shade(n, top)}"><title>{name}, {year}: '
                f"{format_number(n, lang)}</title></rect>"
            )
    parts.append(_legend(top, x=label_width, y=height - legend_height + 8, cell=cell, lang=lang))
    parts.append("</svg>")
    return "".join(parts)


def _shade(n: int, top: int) -> str:
    if not n:
        return "#f3f3f3"
    return f"rgba(192,99,43,{0.08 + 0.92 * (n / top):.2f})"


def _legend(top: int, *, x: int, y: int, cell: int, lang: str) -> str:
    """The colour scale: none, then four steps up to the largest count, each numbered."""
    steps = sorted({0, *(max(1, round(top * k / 4)) for k in range(1, 5))})
    parts = [
        f'<g class="legend"><text x="{x}" y="{y}">{escape(gettext("heat_legend", lang))}</text>'
    ]
    for i, n in enumerate(steps):
        left = x + i * (cell + 14)
        text = gettext("heat_none", lang) if n == 0 else format_number(n, lang)
        parts.append(
            f'<rect x="{left}" y="{y + 6}" width="{cell - 2}" height="{cell - 8}" '
            f'fill="{_shade(n, top)}" stroke="#ccc"/>'
            f'<text x="{left + (cell - 2) / 2:.1f}" y="{y + cell + 10}" text-anchor="middle">'
            f"{escape(text)}</text>"
        )
    parts.append("</g>")
    return "".join(parts)


def path_svg(
    steps: list[dict[str, str]],
    *,
    link: Callable[[str], str | None] | None = None,
    gap: int = 150,
    lang: str = "vi",
) -> str:
    """A path as a row of nodes, each hop labelled by its relation.

    Args:
        steps: ``{node, label, kind, relation}`` per node; ``relation`` names the hop that
            leads to the next node (ignored on the last one).

    >>> svg = path_svg([{"node": "a", "label": "A", "kind": "person", "relation": "attended"},
    ...                 {"node": "b", "label": "B", "kind": "person"}])
    >>> svg.count("<circle"), "attended" in svg
    (2, True)
    """
    width = max(1, len(steps)) * gap
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="jkg-path" width="{width}" height="90" '
        f'viewBox="0 0 {width} 90" font-family="sans-serif" font-size="11" role="img">'
    ]
    for i, step in enumerate(steps):
        x = gap / 2 + i * gap
        if i + 1 < len(steps):
            parts.append(
                f'<line x1="{x:.0f}" y1="40" x2="{x + gap:.0f}" y2="40" stroke="#888"/>'
                f'<text x="{x + gap / 2:.0f}" y="34" text-anchor="middle" fill="#555">'
                f"{escape(relation_label(str(step.get('relation') or ''), lang))}</text>"
            )
    for i, step in enumerate(steps):
        x = gap / 2 + i * gap
        kind = str(step.get("kind") or "other")
        label = str(step.get("label") or step["node"])
        node = (
            f'<circle cx="{x:.0f}" cy="40" r="9" fill="{COLOURS.get(kind, "#777")}">'
            f"<title>{escape(label)} ({escape(kind_label(kind, lang))})</title></circle>"
            f'<text x="{x:.0f}" y="66" text-anchor="middle">{escape(_short(label, 24))}</text>'
        )
        url = link(step["node"]) if link else None
        parts.append(f'<a href="{escape(url)}">{node}</a>' if url else node)
    parts.append("</svg>")
    return "".join(parts)
