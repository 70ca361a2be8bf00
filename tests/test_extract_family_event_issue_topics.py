"""Events, rules session 11: a page that reports, undated, a training or conference held ON
issuing documents (``vừa tổ chức hội nghị trực tuyến tập huấn về kỹ năng soạn thảo và ban hành
văn bản``) reports that activity: issuing is its topic, not what the sentence does. A sentence
that issues a document (``vừa ban hành Kế hoạch tổ chức hội nghị``) or only talks about issuing
(``Số văn bản có sai sót về ban hành …``) still reports none. Invented bodies, names and
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts, event_participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_SPEAKER = (
    "\nTại hội nghị, Phó Giám đốc Sở Tư pháp tỉnh Hòa Lâm Khuất Văn Triêm lưu ý các xã rà soát "
    "kỹ từng dự thảo."
)

HELD = [
    (
        "Sở Tư pháp tỉnh Hòa Lâm vừa tổ chức hội nghị trực tuyến tập huấn về kỹ năng soạn thảo và "
        "ban hành văn bản cho cán bộ cấp xã.",
        "training",
    ),
    (
        "Sở Tư pháp tỉnh Hòa Lâm vừa tổ chức lớp bồi dưỡng về công tác ban hành văn bản cho cán bộ "
        "cấp xã.",
        "training",
    ),
    (
        "Sở Tư pháp tỉnh Hòa Lâm vừa tổ chức hội thảo về thẩm quyền ban hành văn bản của chính "
        "quyền cấp xã.",
        "conference",
    ),
    (
        "Sở Tư pháp tỉnh Hòa Lâm vừa tổ chức tập huấn quy trình xây dựng và ban hành văn bản.",
        "training",
    ),
]


@pytest.mark.parametrize(
    ("lead", "kind"), [pytest.param(*row, id=f"held-{i}") for i, row in enumerate(HELD)]
)
def test_an_activity_on_issuing_documents_is_reported(lead: str, kind: str) -> None:
    text = lead + _SPEAKER
    assert event_facts(text) == {(kind, None)}
    assert event_participants(text) == {(None, "Khuất Văn Triêm")}


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Ủy ban nhân dân tỉnh Hòa Lâm vừa ban hành Kế hoạch tổ chức hội nghị tập huấn công "
            "tác hộ tịch năm 2025.",
            id="issues-a-plan",
        ),
        pytest.param(
            "Ủy ban nhân dân tỉnh Hòa Lâm vừa phê duyệt Kế hoạch tổ chức hội thảo về công tác "
            "hòa giải.",
            id="approves-a-plan",
        ),
    ],
)
def test_issuing_a_plan_reports_nothing(lead: str) -> None:
    assert event_facts(lead) == set()


def test_talk_about_issuing_is_no_check() -> None:
    text = (
        "Số văn bản có sai sót về ban hành do cấp xã tự kiểm tra năm qua còn nhiều, ông Khuất "
        "Văn Triêm cho biết."
    )
    assert event_facts(text) == set()
