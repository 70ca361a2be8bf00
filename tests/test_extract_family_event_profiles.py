"""Profiles and press talks are no events (rules round 7): a talk with the reporter (``Mới
đây, tâm sự với chúng tôi, ông A …``, ``tiếp chuyện phóng viên``), a person's career told in it
(``được tổ chức phân công về nhận công tác tại …``, ``được luân chuyển về làm việc tại …``:
``tổ chức`` the Party's organization, ``làm việc`` a job); a visit or a meeting reported
``Mới đây``/``Vừa qua`` still is one. Invented sentences, no publication date."""

from __future__ import annotations

import pytest
from extract_helpers import event_facts

pytestmark = pytest.mark.rules_only  # the rules alone, whatever the default (conftest.py)

P = "ông Trần Văn Dũng, Cục trưởng Cục Thi hành án dân sự tỉnh Nam Định"

NO_EVENT: list[str] = [
    (
        f"Mới đây, tâm sự với chúng tôi, {P} không giấu được niềm tự hào khi nhớ lại những ngày "
        "đầu nhận công tác."
    ),
    (
        f"Mới đây, trao đổi với phóng viên, {P} cho biết năm 2024 đơn vị đã thi hành xong 5.000 "
        "việc."
    ),
    f"Vừa qua, chia sẻ với PV, {P} cho biết ngành đang gặp nhiều khó khăn.",
    f"Mới đây, trả lời phỏng vấn của phóng viên, {P} nhấn mạnh yêu cầu đổi mới.",
    f"Vừa qua, trò chuyện với phóng viên, {P} kể lại những ngày đầu thành lập cơ quan.",
    f"Mới đây, trao đổi với Báo Nam Định, {P} cho biết đơn vị đã hoàn thành chỉ tiêu.",
    f"Mới đây, chia sẻ với chúng tôi, {P} cho biết ngành vẫn còn thiếu chấp hành viên.",
    f"Vừa qua, nói chuyện với phóng viên, {P} bày tỏ mong muốn được tăng biên chế.",
    f"Mới đây, tiếp chuyện phóng viên, {P} cho biết đơn vị vừa hoàn thành chỉ tiêu năm.",
    (
        f"Mới đây, tâm sự với chúng tôi, {P} không giấu được cảm xúc khi 20 năm về trước được tổ "
        "chức phân công từ cơ quan Đảng về nhận công tác tại cơ quan thi hành án."
    ),
    f"Mới đây, {P} cho biết năm 2005 ông được tổ chức điều động về làm việc tại Sở Tư pháp.",
    f"Vừa qua, {P} được tổ chức tin tưởng giao nhiệm vụ mới.",
    (
        f"Mới đây, {P} kể rằng ông được tổ chức cử về nhận công tác tại Chi cục Thi hành án dân sự"
        " huyện Ý Yên."
    ),
    (
        f"Vừa qua, trao đổi với phóng viên, {P} cho biết ông được luân chuyển về làm việc tại Cục "
        "từ năm 2019."
    ),
    (
        f"Mới đây, {P} chia sẻ: năm 2010 ông được tuyển dụng vào làm việc tại Phòng Tư pháp huyện "
        "Ý Yên."
    ),
    (
        "Mới đây, bà Trần Thị Bình kể lại năm 2008 bà được biệt phái về làm việc tại Sở Tư pháp"
        " tỉnh Nam Định."
    ),
    (
        "Vừa qua, ông Trần Văn Dũng được tổ chức điều động sang nhận công tác tại Tòa án nhân "
        "dân huyện Ý Yên."
    ),
    (
        "Mới đây, tâm sự với phóng viên, bà Trần Thị Bình nhớ lại ngày được tổ chức phân công "
        "về làm việc tại Phòng Tư pháp."
    ),
    (
        "Vừa qua, trò chuyện với chúng tôi, ông Trần Văn Dũng cho biết ông được chuyển công tác"
        " về làm việc tại Sở từ năm 2015."
    ),
    (
        "Mới đây, chia sẻ với PV, bà Trần Thị Bình cho biết bà được tổ chức giao phụ trách công"
        " tác hộ tịch."
    ),
    f"Mới đây, trong cuộc trao đổi với phóng viên, {P} khẳng định sẽ xử lý nghiêm sai phạm.",
    # "người dân, tổ chức", "cá nhân, tổ chức": bodies, no activity
    (
        "Mới đây, Sở Tư pháp tỉnh Nam Định cho biết đã hướng dẫn người dân, tổ chức thực hiện "
        "thủ tục trực tuyến."
    ),
    (
        "Vừa qua, Cục Thi hành án dân sự tỉnh Nam Định đã giúp cá nhân, tổ chức bảo vệ quyền lợi "
        "hợp pháp."
    ),
    "Mới đây, Sở Tư pháp tỉnh Nam Định yêu cầu các tổ chức, cá nhân chấp hành quy định.",
]
HELD: list[tuple[str, tuple[str, None]]] = [
    (
        f"Mới đây, {P} đã làm việc với Chi cục Thi hành án dân sự huyện Ý Yên.",
        ("meeting", None),
    ),
    (
        "Vừa qua, Cục Thi hành án dân sự tỉnh Nam Định tổ chức Hội nghị tập huấn nghiệp vụ.",
        ("training", None),
    ),
    (
        (
            "Mới đây, Đoàn công tác của Bộ Tư pháp đến làm việc tại Cục Thi hành án dân sự tỉnh"
            " Nam Định."
        ),
        ("meeting", None),
    ),
    (
        f"Vừa qua, {P} tiếp và làm việc với Đoàn công tác của Bộ Tư pháp.",
        ("meeting", None),
    ),
    (
        "Mới đây, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị phổ biến pháp luật.",
        ("conference", None),
    ),
    (
        "Vừa qua, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị phổ biến pháp luật cho cá nhân, tổ "
        "chức.",
        ("conference", None),
    ),
    (
        "Mới đây, Sở Tư pháp tỉnh Nam Định phối hợp với các cơ quan, tổ chức tổ chức Hội thi hòa "
        "giải viên giỏi.",
        ("other", None),
    ),
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"talk-{i:02d}") for i, t in enumerate(NO_EVENT)]
)
def test_a_talk_or_a_career_is_no_event(text: str) -> None:
    assert event_facts(text) == set()


@pytest.mark.parametrize(
    ("text", "event"), [pytest.param(*row, id=f"held-{i:02d}") for i, row in enumerate(HELD)]
)
def test_an_activity_reported_lately_is_one(text: str, event: tuple[str, None]) -> None:
    assert event_facts(text) == {event}
