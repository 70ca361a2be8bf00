"""A gazetteer row changed, then ``gazetteers.reload()``: what is built from the row (the cue
kinds, the patterns of the session-14 modules) reads the new row; nothing kept from before.
Invented words and sentences only (a bee-keeper's trade, ``nuôi ong``, is in no table)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from justicekg.extract import gazetteers as gz
from justicekg.extract import participant_remote, position_bare_names, position_jurors
from justicekg.extract.recognizers import (
    award_prizes,
    event_captions,
    event_day_checks,
    event_kinds,
    event_signals,
    event_tallies,
    event_visits,
    org_groups,
    org_subunits,
    person_checks,
)
from justicekg.extract.recognizers.event_desk_checks import DESK_CHECKS

_REMOTE = "Xã A nhận được sự che chở của Chủ tịch UBND tỉnh Lê Văn Tám."


def _remote() -> bool:
    start = _REMOTE.index("Lê")
    return participant_remote.is_remote(
        _REMOTE, start, len(_REMOTE) - 1, (0, len(_REMOTE)), official=True
    )


# (table, a line of it, the line that replaces it ("" to append one), what then holds)
CASES: list[tuple[str, str, str, Callable[[], bool]]] = [
    (
        "event_cues",
        "tọa đàm\tconference\t5",
        "tọa đàm\ttraining\t5",
        lambda: event_kinds.classify("Tọa đàm nâng cao chất lượng hòa giải ở xã A") == "training",
    ),
    (
        "visit_care_words",
        "",
        "người nuôi ong",
        lambda: event_visits.care_visit("Lãnh đạo Sở đến thăm, tặng quà người nuôi ong ở xã A."),
    ),
    (
        "career_work_leads",
        "",
        "nuôi ong\tany",
        lambda: (
            event_kinds.NOT_CUES.search("Anh A nghỉ hưu rồi nuôi ong làm việc ở xã.") is not None
        ),
    ),
    (
        "check_object_nouns",
        "",
        "sổ nuôi ong",
        lambda: DESK_CHECKS.search("Cán bộ xã kiểm tra sổ nuôi ong của các hộ.") is not None,
    ),
    (
        "caption_subjects",
        "",
        "người nuôi ong",
        lambda: (
            event_captions._subject().match("Người nuôi ong xã A chăm sóc đàn ong.") is not None
        ),
    ),
    (
        "org_group_stops",
        "",
        "nuôi ong",
        lambda: org_groups._group_stop().search("Cụm thi đua số 3 nuôi ong") is not None,
    ),
    ("remote_words", "", "che chở\tbacking", _remote),
    # review 17 M6: the word lists moved out of the code
    (
        "plural_subject_nouns",
        "",
        "thợ nuôi ong",
        lambda: position_jurors._PLURAL_SUBJECT.search("các thợ nuôi ong được bầu") is not None,
    ),
    (
        "vote_verbs",
        "",
        "nuôi ong",
        lambda: event_signals.VOTED.search("Hôm qua, xã A đã nuôi ong.") is not None,
    ),
    (
        "opening_time_words",
        "",
        "nuôi",
        lambda: event_day_checks._opening_time().fullmatch("Nuôi ong đầu mùa (") is not None,
    ),
    # review 17: person_checks' patterns are built by gz.derived, not functools.cache
    (
        "village_words",
        "",
        "trại ong\tperson_street|person_place",
        lambda: (
            person_checks._STREET.search("Nhà ông ở trại ong ") is not None
            and person_checks._AFTER_PLACE_WORD.search("các trại ong ") is not None
        ),
    ),
    (
        "name_common_words",
        "",
        "Nuôi Ong",
        lambda: "Nuôi Ong" in person_checks._common_words(),
    ),
    # review 18 M12: award_prizes' patterns are built by gz.derived, not functools.cache
    (
        "prize_ranks",
        "",
        "ong vàng\tOng vàng",
        lambda: award_prizes._prize().search("đạt giải Ong vàng Cuộc thi") is not None,
    ),
    (
        "contest_kinds",
        "",
        "nuôi ong",
        lambda: award_prizes._kinds().match("nuôi ong Tìm hiểu") is not None,
    ),
    (
        "named_prizes",
        "",
        "Nuôi ong",
        lambda: award_prizes._named_prize().search("đạt Giải Nuôi ong năm 2024") is not None,
    ),
    # review 18: the word lists of its fixes
    (
        "tallied_activity_nouns",
        "",
        "tổ ong",
        lambda: event_tallies.tallied("Năm 2023, xã lập 5 tổ ong kiểm tra", 26),
    ),
    (
        "caption_verbs",
        "",
        "nuôi ong",
        lambda: event_captions._caption_verb().search("Ông A nuôi ong") is not None,
    ),
    (
        "body_level_words",
        "",
        "trại ong\tcommune\t",
        lambda: position_bare_names._level("Hội Nuôi ong trại ong Đồi") == "commune",
    ),
    (
        "member_body_heads",
        "",
        "Hội Nuôi ong",
        lambda: org_subunits._member_body("Hội Nuôi ong"),
    ),
]


@pytest.fixture
def gazetteers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the gazetteers, read in their place; the real ones again afterwards."""
    copy = tmp_path / "gazetteers"
    shutil.copytree(gz.GAZETTEER_DIR, copy)
    monkeypatch.setattr(gz, "GAZETTEER_DIR", copy)
    try:
        yield copy
    finally:
        monkeypatch.undo()
        gz.reload()


@pytest.mark.parametrize(("table", "old", "new", "holds"), CASES, ids=[c[0] for c in CASES])
def test_a_changed_row_takes_effect_after_a_reload(
    table: str, old: str, new: str, holds: Callable[[], bool], gazetteers: Path
) -> None:
    assert not holds()  # (built, and cached, from the rows as shipped)
    path = gazetteers / f"{table}.tsv"
    text = path.read_text("utf-8")
    if old:
        assert text.count(f"\n{old}\n") == 1
        text = text.replace(f"\n{old}\n", f"\n{new}\n")
    else:
        text = text.rstrip("\n") + f"\n{new}\n"
    path.write_text(text, "utf-8")
    assert not holds()  # the rows read before are kept until a reload
    gz.reload()
    assert holds()


def test_after_the_reload_back_the_shipped_rows_are_read_again(gazetteers: Path) -> None:
    sentence = "Tọa đàm nâng cao chất lượng hòa giải ở xã A"
    path = gazetteers / "event_cues.tsv"
    path.write_text(
        path.read_text("utf-8").replace("\ntọa đàm\tconference\t5\n", "\ntọa đàm\ttraining\t5\n"),
        "utf-8",
    )
    gz.reload()
    assert event_kinds.classify(sentence) == "training"
    path.write_text(
        path.read_text("utf-8").replace("\ntọa đàm\ttraining\t5\n", "\ntọa đàm\tconference\t5\n"),
        "utf-8",
    )
    gz.reload()
    assert event_kinds.classify(sentence) == "conference"
