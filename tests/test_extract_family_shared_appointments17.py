"""Positions: an appointment that several people listed each after their own post share.

Grammar.

- ``A, <post> và B, <post> được bổ nhiệm giữ chức <new post>``: the verb's subject is the
  whole list, so every listed name gets the new post, each keeping its own. The list is
  closed by ``và`` (earlier items may be parted by a comma or a semicolon); a term of office
  after an own post (``nhiệm kỳ 2020-2025``) may stand before the separator or the verb.
- ``bổ nhiệm <post> A, <post> B và C giữ chức vụ <new post>``: the names of a run that the
  appointment opens, each written after its own post, share the post given after the last.
- ``được chỉ định làm`` is an appointment verb like ``được bổ nhiệm giữ chức``.
- A post given by an appointment is kept beside a longer title of the same body the person
  held (``Phó Bí thư Thường trực`` then ``Phó Bí thư`` of one Đảng ủy).
- Not shared: a name with no ``và`` closing the list, and a name that has its own
  appointment.

Every name and sentence here is invented; institutions and places are real.
"""

from __future__ import annotations

import pytest

from justicekg.extract import extract

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)


def posts(text: str) -> dict[str, set[tuple[str, str | None]]]:
    r = extract(text, article_id="t", published="2024-05-10")
    return {p.name: {(q.title, q.organization) for q in p.positions} for p in r.persons}


def test_listed_names_share_the_appointed_post() -> None:
    got = posts(
        "Ông Trần Văn An, Giám đốc Sở Tư pháp tỉnh Bắc Kạn; ông Lưu Văn Bính, Phó Giám đốc"
        " Sở Nội vụ tỉnh Bắc Kạn và bà Hoàng Thị Cúc, Trưởng phòng Phòng Tư pháp huyện Ba Bể"
        " được điều động giữ chức Phó Giám đốc Sở Tư pháp tỉnh Bắc Kạn."
    )
    new = ("Phó Giám đốc", "Sở Tư pháp tỉnh Bắc Kạn")
    assert got["Trần Văn An"] == {("Giám đốc", "Sở Tư pháp tỉnh Bắc Kạn"), new}
    assert got["Lưu Văn Bính"] == {("Phó Giám đốc", "Sở Nội vụ tỉnh Bắc Kạn"), new}
    assert got["Hoàng Thị Cúc"] == {("Trưởng phòng", "Phòng Tư pháp huyện Ba Bể"), new}


def test_designated_with_terms_keeps_the_longer_title() -> None:
    got = posts(
        "Ông Trần Văn An, Phó Bí thư Thường trực Đảng ủy Bộ Công Thương nhiệm kỳ 2020-2025"
        " và ông Lưu Văn Bính, Phó Bí thư chuyên trách Đảng ủy Bộ Công Thương nhiệm kỳ"
        " 2020-2025 được chỉ định làm Phó Bí thư Đảng ủy Bộ Công Thương nhiệm kỳ 2025-2030."
    )
    body = "Đảng ủy Bộ Công Thương"
    assert got["Trần Văn An"] == {("Phó Bí thư Thường trực", body), ("Phó Bí thư", body)}
    assert got["Lưu Văn Bính"] == {("Phó Bí thư chuyên trách", body), ("Phó Bí thư", body)}


def test_designated_alone() -> None:
    got = posts(
        "Ông Trần Văn An, Phó Bí thư Đảng ủy Bộ Công Thương được chỉ định làm Bí thư Đảng ủy"
        " Bộ Công Thương."
    )
    body = "Đảng ủy Bộ Công Thương"
    assert got["Trần Văn An"] == {("Phó Bí thư", body), ("Bí thư", body)}


def test_a_list_not_closed_by_va_shares_nothing() -> None:
    got = posts(
        "Dự có ông Trần Văn An, Giám đốc Sở Tư pháp tỉnh Bắc Kạn, ông Lưu Văn Bính, Phó Giám"
        " đốc Sở Nội vụ tỉnh Bắc Kạn được bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Bắc Kạn."
    )
    assert got["Trần Văn An"] == {("Giám đốc", "Sở Tư pháp tỉnh Bắc Kạn")}
    assert ("Giám đốc", "Sở Nội vụ tỉnh Bắc Kạn") in got["Lưu Văn Bính"]


def test_run_opened_by_the_appointment_shares_the_post() -> None:
    got = posts(
        "Buổi lễ công bố các quyết định bổ nhiệm Phó Viện trưởng VKSND tỉnh Bắc Kạn Trần Văn"
        " An, Phó Viện trưởng VKSND tỉnh Cao Bằng Lưu Văn Bính và Hoàng Văn Cường giữ chức vụ"
        " Phó Viện trưởng VKSND tỉnh Cao Bằng."
    )
    new = ("Phó Viện trưởng", "Viện kiểm sát nhân dân tỉnh Cao Bằng")
    assert got["Trần Văn An"] == {("Phó Viện trưởng", "Viện kiểm sát nhân dân tỉnh Bắc Kạn"), new}
    assert got["Hoàng Văn Cường"] == {new}


def test_titled_name_before_an_appointed_one_without_the_cue_keeps_its_own() -> None:
    got = posts(
        "Dự có Phó Viện trưởng VKSND tỉnh Bắc Kạn Trần Văn An và Hoàng Văn Cường được bổ"
        " nhiệm giữ chức vụ Phó Viện trưởng VKSND tỉnh Cao Bằng."
    )
    assert got["Trần Văn An"] == {("Phó Viện trưởng", "Viện kiểm sát nhân dân tỉnh Bắc Kạn")}


def test_a_bare_lam_is_not_an_appointment_the_list_shares() -> None:
    got = posts(
        "Ông Trần Văn An, Giám đốc Sở Tư pháp tỉnh Bắc Kạn và ông Lưu Văn Bính, Phó Giám đốc"
        " Sở Nội vụ tỉnh Bắc Kạn làm Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp"
        " luật tỉnh Bắc Kạn."
    )
    assert got["Trần Văn An"] == {("Giám đốc", "Sở Tư pháp tỉnh Bắc Kạn")}
