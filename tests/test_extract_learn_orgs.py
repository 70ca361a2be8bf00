"""The organization tagger: features, gold alignment, training, the model file and the hook.

Every name and sentence here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from justicekg.errors import OntologyError
from justicekg.extract import extract
from justicekg.extract.learn import folds, org_model, orgs
from justicekg.extract.learn.org_features import classes, features, tokenize
from justicekg.extract.learn.org_model import Candidates, OrgModel
from justicekg.extract.learn.org_tagger import gold_keys, label, train_tagger
from justicekg.model import Organization

_SENTENCES = [
    ("Ông Lê Văn Bình, Giám đốc Sở Tư pháp tỉnh Hòa Bình phát biểu.", "Sở Tư pháp tỉnh Hòa Bình"),
    ("Hội Nông dân xã Yên Thủy tổ chức hội nghị.", "Hội Nông dân xã Yên Thủy"),
    ("Đại diện Trung tâm Học liệu Sông Đà dự buổi làm việc.", "Trung tâm Học liệu Sông Đà"),
    ("UBND tỉnh Hòa Bình chỉ đạo các ngành.", "Ủy ban nhân dân tỉnh Hòa Bình"),
    (
        "Bà Trần Thị Mai, Chủ tịch Hội Cựu chiến binh huyện Lạc Sơn.",
        "Hội Cựu chiến binh huyện Lạc Sơn",
    ),
]


def test_tokens_classes_and_features() -> None:
    toks = tokenize("Giám đốc Sở Tư pháp tỉnh Hòa Bình.")
    words = [t.text for t in toks]
    assert words[-1] == "." and toks[0].start == 0 and toks[2].start == len("Giám đốc ")
    cls = classes(words)
    assert "B-TITLE" in cls[0] and "B-HEAD" in cls[2] and "B-LEVEL" in cls[5]
    assert cls[6] == ["B-PROV"] and cls[7] == ["I-PROV"]
    f = features(words, cls, 2)
    assert {"w=sở", "s=Xx", "c=B-HEAD", "-1:w=đốc", "1:w=tư", "0|1=sở|tư"} <= set(f)


def test_gold_is_aligned_with_abbreviations_and_shortened_mentions() -> None:
    keys = gold_keys(["Ủy ban nhân dân tỉnh Hòa Bình", "Sở Tư pháp tỉnh Hòa Bình"])
    toks = tokenize("UBND tỉnh Hòa Bình giao Sở Tư pháp chủ trì.")
    tags = label(toks, keys)
    assert tags == [
        "B-ORG",
        "I-ORG",
        "I-ORG",
        "I-ORG",
        "O",
        "B-ORG",
        "I-ORG",
        "I-ORG",
        "O",
        "O",
        "O",
    ]
    # a gold name that is no span of the text tags nothing
    assert set(label(tokenize("các sở, ngành"), keys)) == {"O"}


def _corpus(folder: Path, copies: int = 3) -> Path:
    """An invented corpus with at least one item in every fold."""
    (folder / "texts").mkdir(parents=True)
    ids: list[str] = []
    n = 0
    while {folds.fold_of(i) for i in ids} != set(range(folds.FOLDS)) or len(ids) < 10:
        ids.append(f"r{900 + n}")
        n += 1
    for k, item in enumerate(ids):
        chosen = [_SENTENCES[(k + j) % len(_SENTENCES)] for j in range(copies)]
        text = "\n\n".join(s for s, _ in chosen)
        gold = {"organizations": [{"name": name} for _, name in chosen], "persons": []}
        (folder / "texts" / f"{item}.txt").write_text(text, encoding="utf-8")
        data = {"id": item, "url": None, "gold": gold}
        (folder / f"{item}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


def test_a_tagger_learns_invented_mentions() -> None:
    samples = []
    for sentence, name in _SENTENCES * 4:
        toks = tokenize(sentence)
        samples.append(([t.text for t in toks], label(toks, gold_keys([name]))))
    tagger = train_tagger(samples, iterations=40)
    text = "Hội Nông dân xã Yên Thủy tổ chức hội nghị."
    found = [text[m.start : m.end] for m in tagger.mentions(text)]
    assert found == ["Hội Nông dân xã Yên Thủy"]
    _tokens, inside, _m = tagger.read(text)
    assert inside[0] > 0.5 > inside[-2]


def test_training_command_writes_a_model_that_loads(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "dev")
    out = tmp_path / "orgs.json"
    lines: list[str] = []
    assert (
        orgs.main(
            ["train", str(corpus), "--out", str(out), "--iterations", "30"], echo=lines.append
        )
        == 0
    )
    assert str(out) in lines[0]
    model = org_model.load(out)
    assert model.meta["items"] >= 10 and model.meta["corpus"] == "dev"
    cv = model.meta["cv_organizations_f1"]
    # on only when the held-out organization F1 gains
    gains = cv["learned"] > cv["rules"]
    assert ("off" not in model.meta) == gains
    assert (model.add, model.drop) == (org_model.NEVER_ADD, org_model.NEVER_DROP) or gains
    text = "Đại diện Trung tâm Học liệu Sông Đà dự buổi làm việc."
    assert [text[m.start : m.end] for m in model.tagger.mentions(text)] == [
        "Trung tâm Học liệu Sông Đà"
    ]


@pytest.mark.parametrize(
    "content", ["", "{", '{"add": 0.5}', '{"add": 1, "drop": 0, "meta": {}, "crfsuite": "AAAA"}']
)
def test_broken_model_file_names_the_file(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "broken-orgs.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(OntologyError, match=r"broken-orgs\.json"):
        org_model.load(bad)
    with pytest.raises(OntologyError, match=r"missing\.json"):
        org_model.load(tmp_path / "missing.json")


def _tiny_tagger() -> org_model.Tagger:
    samples = []
    for sentence, name in _SENTENCES * 3:
        toks = tokenize(sentence)
        samples.append(([t.text for t in toks], label(toks, gold_keys([name]))))
    return train_tagger(samples, iterations=30)


def test_apply_adds_confident_names_and_drops_rejected_ones() -> None:
    model = OrgModel(_tiny_tagger(), add=0.8, drop=0.2)
    rules = [Organization("Sở Tư pháp tỉnh Hòa Bình"), Organization("Khách sạn Sông Đà")]
    found = Candidates(
        adds={"Hội Nông dân xã Yên Thủy": 0.9, "Ban Văn nghệ": 0.5},
        judged={"Khách sạn Sông Đà": 0.1, "Sở Tư pháp tỉnh Hòa Bình": 0.95},
    )
    names = [o.name for o in org_model.apply(rules, found, model)]
    assert names == ["Sở Tư pháp tỉnh Hòa Bình", "Hội Nông dân xã Yên Thủy"]
    # a name the rest of the report refers to is never dropped
    kept = org_model.apply(rules, found, model, {"Khách sạn Sông Đà"})
    assert "Khách sạn Sông Đà" in [o.name for o in kept]


def test_plausible_names_are_particular_bodies() -> None:
    assert org_model.is_placed("Hội Nông dân xã Yên Thủy")
    assert not org_model.is_placed("Tòa án nhân dân")


def test_hook_with_and_without_a_model() -> None:
    text = (
        "Sáng 5/3, Hội Nông dân xã Yên Thủy phối hợp với Sở Tư pháp tỉnh Hòa Bình tổ chức hội nghị."
    )
    with org_model.using(None):
        rules = [o.name for o in extract(text, article_id="x").organizations]
    with org_model.using(OrgModel(_tiny_tagger())):  # thresholds off: the rules' output
        assert [o.name for o in extract(text, article_id="x").organizations] == rules
    with org_model.using(OrgModel(_tiny_tagger(), add=0.0)):
        learned = [o.name for o in extract(text, article_id="x").organizations]
    assert set(rules) <= set(learned)
    assert "Sở Tư pháp tỉnh Hòa Bình" in rules


def test_the_shipped_model_loads() -> None:
    model = org_model.load(org_model.MODEL_PATH)
    assert model.meta["items"] > 100
    assert 0.0 <= model.add <= org_model.NEVER_ADD and model.drop <= 1.0
