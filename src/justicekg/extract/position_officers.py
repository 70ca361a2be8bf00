"""The body of a judicial officer named without one: ``Kiểm sát viên``, ``Thẩm phán``,
``Chấp hành viên`` acting in a case.

Grammar (case reports of procuracies, courts and enforcement offices): the officer's title is
written alone before or after the name (``Kiểm sát viên Nguyễn Văn A được phân công thực hành
quyền công tố``, ``bà B, Chấp hành viên, đã tổ chức cưỡng chế``) and the body is the one of
that kind the paragraph names nearest the title (``… và Kiểm sát viên VKS huyện X đã dự``): one
named before it in its sentence, else the first after it, else the last before it; a rank
(``Kiểm sát viên trung cấp``) is a grade, not a post, and keeps no body; an item of a ``;`` list
after a colon (an award's recipients) keeps its bare title without a body.
"""

from __future__ import annotations

from justicekg.extract.doc import Doc, Span
from justicekg.extract.gazetteers import load_rows
from justicekg.text.normalize import fold

__all__ = ["officer_body"]

#: the officer titles (folded) and the kinds of body each serves in
#: (data/gazetteers/officer_bodies.tsv)
_OFFICERS = {
    fold(row["title"]): tuple(row["kinds"].split("|")) for row in load_rows("officer_bodies")
}


def officer_body(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """The body of the officer's kind nearest the title in its paragraph: one named before it
    in its sentence, else the first named after it, else the last before it."""
    kinds = _OFFICERS.get(fold(title.name))
    if kinds is None:
        return None
    para = next((p for p in doc.paragraphs if p.start <= title.start < p.end), None)
    if para is None:
        return None
    bodies = [o for o in orgs if para.start <= o.start < para.end and o.data.get("kind") in kinds]
    sent = doc.sentence_of(title.start)
    text = doc.text
    # an item of a ";" list after a colon (an award's recipients: "… cho 02 tập thể và 03 cá
    # nhân: Phòng X; ông A, Chấp hành viên; …") names no body for its bare title
    colon = text.rfind(":", sent.start, title.start)
    if colon >= 0 and ";" in text[colon : sent.end]:
        return None
    same = [o for o in bodies if sent.start <= o.start < title.start]
    after = [o for o in bodies if o.start >= title.end]
    before = [o for o in bodies if o.end <= title.start]
    chosen = same[-1:] or after[:1] or before[-1:]
    return chosen[0].name if chosen else None
