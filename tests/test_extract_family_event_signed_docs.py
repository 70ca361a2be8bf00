"""A cited document's day is no event (rules round 7): a complaint heard at a reception about
``Quyết định số … của Chi cục … do ông A - Chi cục trưởng ký ngày 2-1-2019`` dates the document,
not an activity, and its signer is not at the reception; the citizen who speaks there is. The
document's number and issuing body may sit between (``TP. Nam Định`` included). Invented
sentences after an invented lead."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = "Ngày 15/12/2021, Thường trực HĐND tỉnh Nam Định tổ chức tiếp công dân định kỳ. "
_DOCS = (
    "Quyết định số 688/QĐ-CCTHADS của Chi cục Thi hành án dân sự huyện Ý Yên",
    "Quyết định cưỡng chế số 45/QĐ-CCTHADS của Chi cục Thi hành án dân sự TP. Nam Định",
    "Thông báo số 15/TB-CCTHADS của Chi cục Thi hành án dân sự huyện Ý Yên",
    "Công văn số 120/CV-UBND của UBND huyện Ý Yên",
    "Quyết định số 12/QĐ-UBND của UBND xã Yên Bằng",
)
_SIGNERS = (
    "ông Lê Văn Cường-Chi cục trưởng",
    "ông Lê Văn Cường - Chủ tịch UBND huyện",
    "Chấp hành viên Lê Văn Cường",
    "ông Lê Văn Cường, Phó Chi cục trưởng",
    "bà Phạm Thị Dung",
)
_DAYS = ("2-1-2019", "05/3/2020", "10.8.2019", "20/4/2020")
_HEARD = "Mở đầu phiên tiếp, lãnh đạo tỉnh lắng nghe bà Trần Thị Bình trình bày khiếu nại về "


def _rows() -> list[str]:
    """Each document with each signer, a day in turn, heard or complained of."""
    rows = []
    for i, doc in enumerate(_DOCS):
        for j, signer in enumerate(_SIGNERS):
            lead = _HEARD if (i + j) % 2 == 0 else "Bà Trần Thị Bình khiếu nại "
            rows.append(
                f"{lead}{doc} do {signer} ký ngày {_DAYS[(i + j) % 4]} về việc thi hành án."
            )
    return rows


@pytest.mark.parametrize(
    "tail", [pytest.param(t, id=f"signed-{i:02d}") for i, t in enumerate(_rows())]
)
def test_a_documents_day_is_no_event_and_its_signer_not_there(tail: str) -> None:
    report = extract(_LEAD + tail, article_id="t", published="2021-12-16")
    assert {(e.kind, e.date) for e in report.events} == {("meeting", "2021-12-15")}
    assert {p for e in report.events for p in e.participants} == {"Trần Thị Bình"}
