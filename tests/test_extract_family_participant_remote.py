"""Participant family (rules session 11), (P) people a meeting's report names from afar: the
backing a body had (``nhận được sự quan tâm, hỗ trợ kịp thời của Chủ tịch UBND tỉnh A``,
``Dưới sự lãnh đạo, chỉ đạo sát sao của đồng chí B``), a document's author (``Thực hiện Quyết
định số 12 của Chủ tịch UBND tỉnh C``) or signer (``D đã ký Quyết định số 15/QĐ-UBND``), a
complainant (``đơn khiếu nại của bà E``, ``E … đã gửi đơn khiếu nại``), the party who asked
for an enforcement (``thi hành theo yêu cầu của ông E``), a predecessor (``kế nhiệm ông E``),
the one a check is about (``liên quan đến cá nhân ông E``), someone who has died (``ông E mất
năm 2019``), someone a plan names (``dự kiến Đoàn sẽ hội kiến …``), a title as a predicate
(``A là Chủ tịch Hội đồng``) and a private household (``tặng quà gia đình ông F``, ``cưỡng chế
đối với hộ bà G``) are not placed at the event; the chair, the guests, someone whose
attendance or chairing is named (``với sự tham dự của``, ``dưới sự chủ trì của``), whose
guidance is given there (``ý kiến chỉ đạo của``) or who is appointed by a decision handed over
there are. Invented bodies, names and sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import event_participants as _participants

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

_LEAD = (
    "Chiều 12/6/2024, Sở Tư pháp tỉnh Hòa Lâm tổ chức Hội nghị sơ kết công tác 6 tháng đầu "
    "năm 2024. Bà Cung Thị Nhạn, Giám đốc Sở chủ trì hội nghị. "
)
_DAY = "2024-06-12"
_CHAIR = (_DAY, "Cung Thị Nhạn")
_OTHER = "Ông Khuất Văn Triêm"  # the second person of each sentence
_OTHER_NAME = "Khuất Văn Triêm"

#: sentences after the lead naming the other person from afar: the chair alone takes part
REMOTE = [
    "Sáu tháng qua, Sở nhận được sự quan tâm, hỗ trợ kịp thời của Chủ tịch Ủy ban nhân dân "
    "tỉnh Khuất Văn Triêm.",
    "Dưới sự lãnh đạo, chỉ đạo sát sao của đồng chí Khuất Văn Triêm, Chủ tịch Ủy ban nhân dân "
    "tỉnh, các nhiệm vụ đều hoàn thành.",
    "Có được kết quả đó là nhờ sự quan tâm và hỗ trợ kịp thời của ông Khuất Văn Triêm, Phó Chủ "
    "tịch Ủy ban nhân dân tỉnh.",
    "Với sự hướng dẫn tận tình của Thứ trưởng Bộ Tư pháp Khuất Văn Triêm, Sở đã xây dựng đề án.",
    "Thực hiện Quyết định của Chủ tịch Ủy ban nhân dân tỉnh Khuất Văn Triêm về giao chỉ tiêu, "
    "Sở đã triển khai kế hoạch.",
    "Căn cứ Quyết định số 1234/QĐ-UBND ngày 5/3/2024 của Chủ tịch Ủy ban nhân dân tỉnh Khuất Văn "
    "Triêm, Sở đã kiện toàn Hội đồng.",
    "Theo Kế hoạch của Giám đốc Sở Tư pháp Khuất Văn Triêm, các phòng rà soát văn bản.",
    "Trước đó, ông Khuất Văn Triêm, Chủ tịch Ủy ban nhân dân tỉnh đã ký Quyết định số "
    "456/QĐ-UBND phê duyệt kế hoạch.",
    "Ông Khuất Văn Triêm, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành Chỉ thị số 08/CT-UBND về "
    "tăng cường công tác hòa giải.",
    "Sở đã giải quyết dứt điểm đơn khiếu nại của bà Khuất Thị Triêm về đất đai.",
    "Sở đã trả lời đơn kiến nghị, phản ánh của ông Khuất Văn Triêm ở xã Yên Lạc.",
    "Sở tiếp nhận tố cáo của công dân Khuất Văn Triêm về việc chứng thực sai quy định.",
    "Nhân dịp này, Sở đã đến thăm và tặng quà gia đình ông Khuất Văn Triêm ở thôn Đồng Mỏ.",
    "Đoàn đã tặng quà hộ gia đình bà Khuất Thị Triêm, thương binh hạng 2/4.",
    "Chi cục đã thi hành xong vụ việc theo yêu cầu của ông Khuất Văn Triêm, trú tại xã Yên Lạc.",
    "Ông Khuất Văn Triêm, Trưởng phòng Hộ tịch Sở Tư pháp đã gửi đơn khiếu nại lên Bộ.",
    "Ông Đàm Quang Thiệp sẽ kế nhiệm ông Khuất Văn Triêm từ tháng 7.",
    "Sở đã lập tổ xác minh các nội dung liên quan đến cá nhân ông Khuất Văn Triêm.",
    "Ông Khuất Văn Triêm mất năm 2019, gia đình đã tặng lại Sở nhiều tư liệu quý.",
]

#: sentences after the lead that place the other person there: both take part
PRESENT = [
    "Hội nghị có sự tham dự của đồng chí Khuất Văn Triêm, Phó Chủ tịch Ủy ban nhân dân tỉnh.",
    "Hội nghị diễn ra dưới sự chủ trì của ông Khuất Văn Triêm, Phó Chủ tịch Ủy ban nhân dân tỉnh.",
    "Hội nghị đã nghe ý kiến chỉ đạo của đồng chí Khuất Văn Triêm, Phó Chủ tịch Ủy ban nhân dân "
    "tỉnh.",
    "Bà Cung Thị Nhạn trao Quyết định của Chủ tịch Ủy ban nhân dân tỉnh bổ nhiệm ông Khuất Văn "
    "Triêm giữ chức Phó Giám đốc Sở.",
    "Tại hội nghị, bà Cung Thị Nhạn công bố Quyết định của Giám đốc Sở về việc điều động ông "
    "Khuất Văn Triêm giữ chức Trưởng phòng.",
    "Ông Khuất Văn Triêm, Phó Giám đốc Sở ký quyết định và trao cho các phòng.",
    "Ông Khuất Văn Triêm, Phó Giám đốc Sở trình bày báo cáo tại hội nghị.",
    "Ông Khuất Văn Triêm, Phó Giám đốc Sở mất nhiều công sức chuẩn bị cho hội nghị.",
    "Bên lề hội nghị, bà Cung Thị Nhạn tiếp ông Khuất Văn Triêm, người đã gửi đơn kiến nghị "
    "lên Sở.",
]


def _other(sentence: str) -> str:
    return "Khuất Thị Triêm" if "Khuất Thị Triêm" in sentence else _OTHER_NAME


@pytest.mark.parametrize(
    "sentence", [pytest.param(s, id=f"remote-{i}") for i, s in enumerate(REMOTE)]
)
def test_a_person_named_from_afar_takes_no_part(sentence: str) -> None:
    got = _participants(_LEAD + sentence, "2024-06-13")
    assert _CHAIR in got
    assert (_DAY, _other(sentence)) not in got


@pytest.mark.parametrize(
    "sentence", [pytest.param(s, id=f"present-{i}") for i, s in enumerate(PRESENT)]
)
def test_a_person_placed_there_takes_part(sentence: str) -> None:
    got = _participants(_LEAD + sentence, "2024-06-13")
    assert got == {_CHAIR, (_DAY, _OTHER_NAME)}


def test_a_household_member_with_a_post_takes_part() -> None:
    # an official the page gives a post is never taken for a private household
    text = (
        "Ngày 3/7/2024, Đoàn công tác của Sở Tư pháp tỉnh Hòa Lâm thăm hỏi các gia đình chính "
        "sách. Đi cùng Đoàn có ông Khuất Văn Triêm, Phó Giám đốc Sở Tư pháp."
    )
    assert ("2024-07-03", _OTHER_NAME) in _participants(text, "2024-07-04")


def test_the_household_enforced_against_takes_no_part() -> None:
    text = (
        "Sáng 12/6/2024, Chi cục Thi hành án dân sự huyện Yên Lạc tổ chức cưỡng chế giao tài "
        "sản đối với gia đình ông Khuất Văn Triêm, trú tại thôn 3. Ông Đàm Quang Thiệp, Chi "
        "cục trưởng trực tiếp chỉ đạo cuộc cưỡng chế."
    )
    assert _participants(text, "2024-06-13") == {(_DAY, "Đàm Quang Thiệp")}


def test_the_chair_named_as_a_decisions_author_elsewhere_still_takes_part() -> None:
    # one mention from afar does not undo another that places the person there
    text = _LEAD + (
        "Thực hiện Kế hoạch của Giám đốc Sở Cung Thị Nhạn, các phòng đã rà soát 120 văn bản."
    )
    assert _participants(text, "2024-06-13") == {_CHAIR}


@pytest.mark.parametrize(
    "post",
    [
        pytest.param("là Chủ tịch Hội đồng", id="la"),
        pytest.param("giữ chức Chủ tịch Hội đồng", id="giu-chuc"),
        pytest.param("làm Chủ tịch Hội đồng", id="lam"),
    ],
)
def test_a_title_as_a_predicate_names_no_one_else(post: str) -> None:
    # the decision's author holds a post of the same title; the predicate is the chair's post
    text = (
        "Chiều 14/3/2024, Phó Chủ tịch UBND tỉnh Hòa Lâm Cung Văn Khởi chủ trì cuộc họp của Hội "
        "đồng Thi đua - Khen thưởng tỉnh.\n\n"
        "Mở đầu cuộc họp, Văn phòng đọc Quyết định của Chủ tịch UBND tỉnh Khuất Văn Triêm về "
        "việc kiện toàn Hội đồng.\n\n"
        f"Theo quyết định, Phó Chủ tịch UBND tỉnh Cung Văn Khởi phụ trách khối văn xã {post}; "
        "Giám đốc Sở Nội vụ Đàm Văn Lượng là Phó Chủ tịch Thường trực Hội đồng."
    )
    got = _participants(text, "2024-03-15")
    assert ("2024-03-14", "Cung Văn Khởi") in got
    assert ("2024-03-14", _OTHER_NAME) not in got


def test_a_name_as_a_predicate_still_takes_part() -> None:
    text = _LEAD + "Trưởng đoàn kiểm tra là Khuất Văn Triêm, Phó Giám đốc Sở."
    assert _participants(text, "2024-06-13") == {_CHAIR, (_DAY, _OTHER_NAME)}


_VISIT = (
    "Ngày 15/5/2024, Đoàn công tác của Bộ Tư pháp do Thứ trưởng Cung Văn Khởi dẫn đầu bắt đầu "
    "chuyến thăm và làm việc tại Lào. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Trong chuyến thăm, dự kiến Thứ trưởng sẽ hội kiến Bộ trưởng Bộ Tư pháp Lào "
            "Khuất Văn Triêm.",
            id="du-kien",
        ),
        pytest.param(
            "Theo chương trình, Đoàn sẽ làm việc với Thứ trưởng Bộ Tư pháp Lào Khuất Văn Triêm.",
            id="theo-chuong-trinh",
        ),
        pytest.param(
            "Thứ trưởng sẽ tháp tùng Phó Thủ tướng hội kiến Chủ tịch Quốc hội Lào Khuất Văn Triêm.",
            id="se-thap-tung",
        ),
    ],
)
def test_someone_a_plan_names_takes_no_part(sentence: str) -> None:
    got = _participants(_VISIT + sentence, "2024-05-16")
    assert ("2024-05-15", "Cung Văn Khởi") in got
    assert ("2024-05-15", _OTHER_NAME) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Chiều cùng ngày, Thứ trưởng đã hội kiến Bộ trưởng Bộ Tư pháp Lào Khuất Văn Triêm.",
            id="met",
        ),
        pytest.param(
            "Tại buổi làm việc, Bộ trưởng Bộ Tư pháp Lào Khuất Văn Triêm cho biết hai bên sẽ "
            "tiếp tục phối hợp.",
            id="speaks-of-the-future",
        ),
    ],
)
def test_someone_met_takes_part(sentence: str) -> None:
    assert ("2024-05-15", _OTHER_NAME) in _participants(_VISIT + sentence, "2024-05-16")
