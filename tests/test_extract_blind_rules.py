"""General rules for error classes seen on blind sets (invented examples only)."""

from __future__ import annotations

import pytest

from justicekg.extract.pipeline import extract


def _report(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    return extract(text, article_id="t", published=published)


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    r = _report(text)
    return {p.name: [(q.title, q.organization) for q in p.positions] for p in r.persons}


@pytest.mark.parametrize(
    "text,person,positions",
    [
        pytest.param(
            "Ngày 4/9/2023, Sở Tư pháp tỉnh Hà Giang họp. Dự có bà Lù Thị Mai, Phó Chủ tịch "
            "Thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Hà Giang.",
            "Lù Thị Mai",
            [
                (
                    "Phó Chủ tịch Thường trực",
                    "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Hà Giang",
                )
            ],
            id="pbgdpl-council",
        ),
        pytest.param(
            "Ngày 4/9/2023, Sở Tư pháp tỉnh Hà Giang họp. Dự có ông Sùng Văn Pó, Phó Chủ tịch "
            "Công đoàn Viên chức tỉnh Hà Giang.",
            "Sùng Văn Pó",
            [("Phó Chủ tịch", "Công đoàn Viên chức tỉnh Hà Giang")],
            id="civil-servants-union",
        ),
        pytest.param(
            "Ngày 4/9/2023, Sở Tư pháp tỉnh Hà Giang họp. Bà Vàng Thị Dung, Chủ tịch Công đoàn "
            "cơ sở Sở Tư pháp phát biểu.",
            "Vàng Thị Dung",
            [("Chủ tịch", "Công đoàn cơ sở Sở Tư pháp tỉnh Hà Giang")],
            id="grassroots-union",
        ),
        pytest.param(
            "Sáng 11/5/2023, Bộ Tư pháp tổ chức giao ban. Dự có ông Đinh Quang Hưng, Chánh "
            "Văn phòng; bà Tạ Thu Hà, Chánh Thanh tra.",
            "Đinh Quang Hưng",
            [("Chánh Văn phòng", "Văn phòng Bộ Tư pháp")],
            id="ministry-office",
        ),
        pytest.param(
            "Sáng 11/5/2023, Bộ Tư pháp tổ chức giao ban. Dự có ông Đinh Quang Hưng, Chánh "
            "Văn phòng; bà Tạ Thu Hà, Chánh Thanh tra.",
            "Tạ Thu Hà",
            [("Chánh Thanh tra", "Thanh tra Bộ Tư pháp")],
            id="ministry-inspectorate",
        ),
        pytest.param(
            "Ngày 2/3/2022, Sở Tư pháp tỉnh Sơn La họp. Dự có bà Cầm Thị Yến, Chánh Văn phòng.",
            "Cầm Thị Yến",
            [("Chánh Văn phòng", "Văn phòng Sở Tư pháp tỉnh Sơn La")],
            id="department-office",
        ),
    ],
)
def test_title_takes_the_body_written_or_the_articles_own(
    text: str, person: str, positions: list[tuple[str, str | None]]
) -> None:
    assert _positions(text)[person] == positions


@pytest.mark.parametrize(
    "text,org",
    [
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum phối hợp với Bưu điện tỉnh Kon Tum.",
            "Bưu điện tỉnh Kon Tum",
            id="post-office",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum làm việc tại Trung tâm Phục vụ hành chính công tỉnh Kon Tum.",
            "Trung tâm Phục vụ hành chính công tỉnh Kon Tum",
            id="public-service-centre-full-name",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum làm việc tại Trung tâm Hành chính công tỉnh Kon Tum.",
            "Trung tâm Hành chính công tỉnh Kon Tum",
            id="administrative-centre",
        ),
        pytest.param(
            "Sở Tư pháp tỉnh Kon Tum, Công đoàn Viên chức tỉnh Kon Tum tổ chức giải.",
            "Công đoàn Viên chức tỉnh Kon Tum",
            id="union",
        ),
    ],
)
def test_bodies_named_by_fixed_phrase(text: str, org: str) -> None:
    assert org in [o.name for o in _report(text).organizations]


def test_inspectorate_name_is_not_an_inspection() -> None:
    r = _report(
        "Ngày 9/6/2023, Sở Tư pháp tỉnh Kon Tum phối hợp với Thanh tra Bộ Tư pháp tổ chức hội nghị."
    )
    assert [(e.kind, e.date) for e in r.events] == [("conference", "2023-06-09")]
