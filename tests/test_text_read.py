from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from justicekg.errors import InputError
from justicekg.text.read import read_article

TEXT = "Sở Tư pháp tỉnh Thanh Hoá\r\nNgày 27/11/2017"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="bom"),
        pytest.param(unicodedata.normalize("NFD", TEXT).encode("utf-8"), id="nfd"),
        pytest.param(TEXT.encode("utf-16"), id="utf16-bom"),
    ],
)
def test_read_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.text == "Sở Tư pháp tỉnh Thanh Hóa\nNgày 27/11/2017"
    assert article.source == str(path)


@pytest.mark.parametrize(
    "data,message",
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\r\n", "empty", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "binary", id="binary"),
        pytest.param("Thanh Hóa".encode("cp1258"), "not UTF-8", id="cp1258"),
        pytest.param("Thanh Hóa".encode("latin-1", "ignore") + b"\xff", "not UTF-8", id="latin1"),
    ],
)
def test_read_rejects(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_read_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_article(tmp_path / "nope.txt")


def test_read_html(tmp_path: Path) -> None:
    body = (
        "<p>" + "Sáng ngày 07/01/2021, Cục Thi hành án dân sự tỉnh Quảng Nam tổ chức Hội nghị. " * 3
    )
    html = (
        "<html><head><meta charset='utf-8'><title>Hội nghị triển khai công tác năm 2021</title>"
        "</head><body><nav>Trang chủ | Giới thiệu</nav><article><h1>Hội nghị triển khai công tác"
        f" năm 2021</h1>{body}</p></article><footer>Địa chỉ: 68 Phan Bội Châu</footer>"
        "</body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert "Cục Thi hành án dân sự tỉnh Quảng Nam" in article.text
    assert "Trang chủ" not in article.text
    assert article.title == "Hội nghị triển khai công tác năm 2021"


@pytest.mark.parametrize(
    "head,footer",
    [
        pytest.param(
            "<meta property='og:site_name' content='Sở Tư pháp tỉnh Hà Nam'>", "", id="site-name"
        ),
        pytest.param("", "<p>Bản quyền thuộc Sở Tư pháp tỉnh Hà Nam</p>", id="footer-owner"),
        pytest.param("", "<p>Cơ quan chủ quản: Sở Tư pháp tỉnh Hà Nam</p>", id="footer-agency"),
    ],
)
def test_read_html_publisher_and_headline(tmp_path: Path, head: str, footer: str) -> None:
    from justicekg.extract import extract_file

    body = "<p>" + "Ngày 05/3/2024, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị tập huấn. " * 3
    html = (
        "<html><head><meta charset='utf-8'><title>Tập huấn nghiệp vụ hộ tịch năm 2024 - Sở Tư "
        f"pháp tỉnh Hà Nam</title>{head}</head><body><article><h1>Tập huấn nghiệp vụ hộ tịch năm"
        f" 2024</h1>{body}</p></article><footer>{footer}<p>Địa chỉ: đường Lê Công Thanh</p>"
        "</footer></body></html>"
    )
    path = tmp_path / "b.html"
    path.write_text(html, encoding="utf-8")
    report = extract_file(path)
    assert report.article.title == "Tập huấn nghiệp vụ hộ tịch năm 2024"
    assert report.article.publisher == "Sở Tư pháp tỉnh Hà Nam"


@pytest.mark.parametrize(
    "line",
    [
        "Chịu trách nhiệm nội dung: Ông Tao Văn Pâng - Giám đốc Sở Tư pháp",
        "Chịu trách nhiệm chính: bà Lò Thị Dung – Phó Giám đốc Sở Tư pháp",
        "Người chịu trách nhiệm: Ông Tao Văn Pâng, Giám đốc Sở Tư pháp",
    ],
)
def test_read_html_keeps_the_footers_responsible_person(tmp_path: Path, line: str) -> None:
    from justicekg.extract.pipeline import extract_file

    body = (
        "Ngày 15/01/2024, Sở Tư pháp tỉnh Lai Châu tổ chức Hội nghị tổng kết công tác tư pháp "
        "năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của các phòng, đơn vị thuộc Sở."
    )
    html = (
        "<html><head><meta charset='utf-8'><title>Sở Tư pháp tổng kết năm 2023</title></head>"
        f"<body><article><h1>Sở Tư pháp tổng kết năm 2023</h1><p>{body}</p><p>{body}</p>"
        "<p>Ông Lò Văn Ơn, Phó Giám đốc Sở Tư pháp chủ trì Hội nghị.</p></article>"
        "<footer><p>Cơ quan chủ quản: Sở Tư pháp tỉnh Lai Châu</p>"
        f"<p>{line}</p><p>Địa chỉ: Khu hành chính tỉnh</p></footer></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    raw = read_article(path)
    assert raw.text.rstrip().endswith(line.split(":", 1)[1].strip())
    names = {p.name for p in extract_file(path).persons}
    assert names >= {"Lò Văn Ơn", "Tao Văn Pâng"} or names >= {"Lò Văn Ơn", "Lò Thị Dung"}
