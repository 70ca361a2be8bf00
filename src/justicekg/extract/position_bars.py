"""The bar whose head a bare ``Chủ nhiệm`` is, on a page about one bar association.

A page about a provincial bar (``Đoàn Luật sư tỉnh X``) names its heads with the title alone:
``do luật sư A làm Chủ nhiệm``, ``luật sư B (Phó chủ nhiệm)``, ``được bầu làm chủ nhiệm
đoàn``. The post is of the page's one bar. A page that names two bars, or another body a
``Chủ nhiệm`` heads (a committee, an office, a club, a cooperative), leaves the title bare.
"""

from __future__ import annotations

from justicekg.extract.doc import Doc, Span
from justicekg.text.normalize import fold

#: other bodies a "Chủ nhiệm" heads: with one of them on the page the title is ambiguous
_OTHER_HEADED = ("Ủy ban ", "Văn phòng ", "Câu lạc bộ ", "Hợp tác xã ", "Khoa ", "Đề tài ")
#: the same heads, and others a "Chủ nhiệm" leads, as the words right after the title
_OTHER_HEADED_FOLDED = tuple(
    f"{fold(h)} " for h in (*_OTHER_HEADED, "Hội đồng", "Chương trình", "Dự án", "Đề án", "Lớp")
)
#: committees a "Chủ nhiệm" never heads (a chair, "Chủ tịch", heads them)
_CHAIRED = ("Ủy ban nhân dân ", "Ủy ban Mặt trận Tổ quốc ")


def bar_of_page(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """The page's one bar association, when ``title`` is a bare (deputy) ``Chủ nhiệm``.

    >>> from justicekg.extract.pipeline import extract
    >>> t = "Đoàn Luật sư tỉnh Hưng Yên được thành lập do luật sư Kha Văn Lịch làm Chủ nhiệm."
    >>> r = extract(t, article_id="t")
    >>> ("Chủ nhiệm", "Đoàn Luật sư tỉnh Hưng Yên") in [
    ...     (q.title, q.organization) for p in r.persons for q in p.positions]
    True
    """
    words = fold(title.name).split()
    if words[:1] == ["pho"]:
        words = words[1:]
    if words != ["chu", "nhiem"]:
        return None
    if fold(doc.text[title.end : title.end + 24]).lstrip().startswith(_OTHER_HEADED_FOLDED):
        return None  # "Chủ nhiệm Hợp tác xã Tân Lập": another body the recognizers missed
    bars = {o.name for o in orgs if o.name.startswith("Đoàn Luật sư ")}
    others = [o for o in orgs if o.name.startswith(_OTHER_HEADED)]
    if len(bars) != 1 or any(not o.name.startswith(_CHAIRED) for o in others):
        return None
    return next(iter(bars))
