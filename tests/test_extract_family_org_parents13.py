"""Units named with a parent the page writes apart from them (session 13, org13): a police
force's investigation agency after a comma, a dash, in brackets or after its code; a police
division after its code in brackets; a lawyers' association's legal advice centre (also after
``thuộc`` / ``trực thuộc``). Every sentence is invented; the expected organizations follow the
conventions (a sub-unit named with its parent, abbreviations expanded, the page's province for a
parent written without one), with negatives that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import scored_names as _keys
from extract_helpers import scored_orgs

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = pytest.param
OLD = "2024-05-02"
CSDT = "Cơ quan Cảnh sát điều tra"
TV = "Trung tâm Tư vấn pháp luật"

CASES = [
    # investigation agencies: the police force after a comma, a dash, in brackets, after a code
    P(
        f"{CSDT}, Công an tỉnh Yên Bái đã khởi tố vụ án.",
        {f"{CSDT} Công an tỉnh Yên Bái", "Công an tỉnh Yên Bái"},
        set(),
        id="agency-comma",
    ),
    P(
        "Cơ quan CSĐT, Công an huyện Lục Yên đã ra quyết định khởi tố bị can.",
        {f"{CSDT} Công an huyện Lục Yên", "Công an huyện Lục Yên"},
        set(),
        id="agency-abbreviated-comma-district",
    ),
    P(
        f"Đại diện {CSDT} - Công an tỉnh Phú Thọ báo cáo kết quả.",
        {f"{CSDT} Công an tỉnh Phú Thọ", "Công an tỉnh Phú Thọ"},
        set(),
        id="agency-dash",
    ),
    P(
        f"{CSDT} (Công an tỉnh Hà Nam) đã khởi tố vụ án.",
        {f"{CSDT} Công an tỉnh Hà Nam", "Công an tỉnh Hà Nam"},
        set(),
        id="agency-bracketed-force",
    ),
    P(
        f"{CSDT} (PC01) Công an tỉnh Ninh Bình thụ lý tin báo.",
        {f"{CSDT} Công an tỉnh Ninh Bình", "Công an tỉnh Ninh Bình"},
        set(),
        id="agency-after-code",
    ),
    P(
        "Cơ quan An ninh điều tra, Công an tỉnh Tuyên Quang đã khởi tố.",
        {"Cơ quan An ninh điều tra Công an tỉnh Tuyên Quang", "Công an tỉnh Tuyên Quang"},
        set(),
        id="security-agency-comma",
    ),
    P(
        f"{CSDT} Công an huyện Văn Yên đã khởi tố vụ án.",
        {f"{CSDT} Công an huyện Văn Yên", "Công an huyện Văn Yên"},
        set(),
        id="agency-adjacent-names-force-too",
    ),
    # a list of bodies, the agency first: a comma before a bare type is a list, no parent
    P(
        f"{CSDT}, Viện kiểm sát, Tòa án huyện Lục Yên phối hợp chặt chẽ.",
        {"Viện kiểm sát nhân dân huyện Lục Yên", "Tòa án nhân dân huyện Lục Yên"},
        {f"{CSDT} Viện kiểm sát nhân dân huyện Lục Yên"},
        id="neg-agency-in-list",
    ),
    P(
        f"{CSDT} (Viện kiểm sát nhân dân tỉnh Yên Bái) chủ trì.",
        {"Viện kiểm sát nhân dân tỉnh Yên Bái"},
        {f"{CSDT} Viện kiểm sát nhân dân tỉnh Yên Bái"},
        id="neg-bracketed-non-police",
    ),
    # police divisions: the code in brackets is no part of the name
    P(
        "Phòng Cảnh sát hình sự (PC02), Công an tỉnh Yên Bái bắt giữ đối tượng.",
        {"Phòng Cảnh sát hình sự Công an tỉnh Yên Bái"},
        set(),
        id="division-code-comma",
    ),
    P(
        "Phòng CSĐT tội phạm về ma túy (PC04) Công an tỉnh Lào Cai triệt phá đường dây.",
        {"Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lào Cai"},
        set(),
        id="division-abbreviated-code",
    ),
    P(
        "Phòng CSGT Công an tỉnh Hòa Bình ra quân bảo đảm trật tự.",
        {"Phòng Cảnh sát giao thông Công an tỉnh Hòa Bình"},
        set(),
        id="division-traffic-abbreviated",
    ),
    # a lawyers' association's legal advice centre
    P(
        f"{TV} thuộc Hội Luật gia tỉnh Yên Bái đã tư vấn cho 300 lượt người.",
        {f"{TV} Hội Luật gia tỉnh Yên Bái", "Hội Luật gia tỉnh Yên Bái"},
        set(),
        id="centre-of-association",
    ),
    P(
        f"{TV} trực thuộc Hội Luật gia huyện Lục Yên tổ chức tư vấn lưu động.",
        {f"{TV} Hội Luật gia huyện Lục Yên", "Hội Luật gia huyện Lục Yên"},
        set(),
        id="centre-directly-under-district-association",
    ),
    P(
        "Trung tâm tư vấn pháp luật Hội Luật gia tỉnh Bắc Kạn trợ giúp miễn phí.",
        {f"{TV} Hội Luật gia tỉnh Bắc Kạn", "Hội Luật gia tỉnh Bắc Kạn"},
        set(),
        id="centre-written-small",
    ),
    P(
        "Hội Luật gia tỉnh Cao Bằng tổng kết năm. Trung tâm tư vấn pháp luật Hội Luật gia "
        "đã tiếp 120 lượt công dân.",
        {f"{TV} Hội Luật gia tỉnh Cao Bằng", "Hội Luật gia tỉnh Cao Bằng"},
        set(),
        id="centre-province-of-page",
    ),
    P(
        f"{TV} và Trợ giúp pháp lý Hội Luật gia tỉnh Hà Giang tiếp công dân.",
        {f"{TV} và trợ giúp pháp lý Hội Luật gia tỉnh Hà Giang"},
        set(),
        id="centre-longer-name",
    ),
    P(
        f"Hai {TV} thuộc Hội Luật gia tỉnh Yên Bái được kiểm tra.",
        {"Hội Luật gia tỉnh Yên Bái"},
        {f"{TV} Hội Luật gia tỉnh Yên Bái"},
        id="neg-counted-centres",
    ),
    P(
        "Các Phòng Công chứng thuộc Sở Tư pháp tỉnh Yên Bái được kiểm tra.",
        {"Sở Tư pháp tỉnh Yên Bái"},
        {"Phòng Công chứng Sở Tư pháp tỉnh Yên Bái"},
        id="neg-plural-notary-offices",
    ),
    P(
        "Trung tâm tư vấn pháp luật của các tổ chức xã hội tham gia.",
        set(),
        {TV},
        id="neg-generic-centres",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_units_with_their_parent(text: str, expected: set[str], absent: set[str]) -> None:
    got = scored_orgs(text, OLD)
    assert _keys(expected) <= got, sorted(got)
    assert expected or absent, "a row with neither checks nothing"
    assert not (_keys(absent) & got), sorted(got)
