"""Invented extraction reports shared by tests of ingest, validation and their messages."""

from __future__ import annotations

import json
from pathlib import Path

from justicekg.model import Article, ExtractionReport, Organization, Person, Position


def lost_province_report(path: Path) -> Path:
    """Write to ``path`` an article whose bare "Sở Tư pháp" lost its province (it violates
    ProvincialOrganizationShape, and its Giám đốc's post PostShape with it); the person and
    the other body conform."""
    report = ExtractionReport(
        Article(id="gate", published="2020-06-01"),
        persons=[Person("Nguyễn Văn Hùng", [Position("Giám đốc", "Sở Tư pháp")])],
        organizations=[
            Organization("Sở Tư pháp", "provincial-department", None),
            Organization("Ủy ban nhân dân tỉnh Nghệ An", "peoples-committee", "Nghệ An"),
        ],
    )
    path.write_text(json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8")
    return path
