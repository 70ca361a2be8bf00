"""``Lexicon.cues_in``: the cheap filter before the event cue patterns drops only cues that
cannot match (invented sentences)."""

from __future__ import annotations

import pytest

from justicekg.extract.lexicon import lexicon

SENTENCES = [
    "Sáng 12/3, Sở Tư pháp tổ chức Hội nghị tập huấn nghiệp vụ hòa giải.",
    "HỘI NGHỊ TỔNG KẾT CÔNG TÁC TƯ PHÁP NĂM 2023",
    "Đoàn công tác làm việc với Chi cục, sau đó ký\nkết quy chế phối hợp.",
    "Lễ khai giảng lớp bồi dưỡng được tổ chức trang trọng.",
    "Ông Nguyễn Văn An phát biểu.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("strong", [False, True])
def test_the_filter_keeps_every_cue_that_matches(sentence: str, strong: bool) -> None:
    lex = lexicon()
    every = [c for c in lex.event_cues if c[0].search(sentence) and (not strong or c[2] < 12)]
    kept = lex.cues_in(sentence, strong=strong)
    assert set(every) <= set(kept)
    assert len(kept) < len(lex.event_cues)  # it does filter


def test_a_sentence_without_cue_words_keeps_none() -> None:
    assert lexicon().cues_in("Ông Nguyễn Văn An phát biểu ý kiến.") == ()
