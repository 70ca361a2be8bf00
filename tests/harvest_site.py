"""A small news site served on 127.0.0.1 for the harvest tests (pages written for the tests).

It has robots.txt (one folder disallowed, a Sitemap line), a sitemap index with two sitemaps,
an RSS feed announced by the home page, a paginated listing, a redirect, a page answering 429
once (``Retry-After: 1``), one answering 500 once, a Windows-1258 page declared by ``<meta>``,
a TCVN page declared by the HTTP header, and one page under two URLs. Every response has an
ETag and a Last-Modified and answers conditional requests with 304. Requests are logged.
"""

from __future__ import annotations

import hashlib
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

LAST_MODIFIED = "Mon, 04 Mar 2024 08:00:00 GMT"


def cp1258(text: str) -> bytes:
    """Encode in Windows-1258: base letters precomposed, tone marks as combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = b""
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return out


def article(title: str, body: str, charset: str = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset != "none" else ""
    return (
        f"<!doctype html><html><head>{meta}<title>{title}</title></head><body>"
        f"<header><a href='/'>Trang chủ</a></header><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in body.split("\n"))
        + "</article><footer>Cổng thông tin thử nghiệm</footer></body></html>"
    )


ARTICLES: dict[str, tuple[str, str]] = {
    "/tin-tuc/hoi-nghi-tong-ket-cong-tac-tu-phap.html": (
        "Hội nghị tổng kết công tác tư pháp năm 2023",
        "Sáng 12/3/2024, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác tư pháp "
        "năm 2023.\nÔng Trần Văn Khải, Giám đốc Sở Tư pháp tỉnh Nam Định, chủ trì hội nghị.",
    ),
    "/tin-tuc/ky-ket-quy-che-phoi-hop-thi-hanh-an.html": (
        "Ký kết quy chế phối hợp trong công tác thi hành án dân sự",
        "Ngày 20/3/2024, Cục Thi hành án dân sự tỉnh Hà Nam và Công an tỉnh Hà Nam ký kết quy "
        "chế phối hợp.\nBà Lê Thị Ngân, Cục trưởng Cục Thi hành án dân sự tỉnh Hà Nam, phát biểu.",
    ),
    "/tin-tuc/trao-bang-khen-cho-tap-the-xuat-sac.html": (
        "Trao Bằng khen cho tập thể xuất sắc",
        "Ngày 25/3/2024, Sở Tư pháp tỉnh Ninh Bình được tặng Cờ thi đua ngành Tư pháp.\n"
        "Ông Phạm Quốc Hiệp, Phó Giám đốc Sở Tư pháp tỉnh Ninh Bình, đón nhận.",
    ),
    "/tin-tuc/tap-huan-nghiep-vu-ho-tich-nam-2024.html": (
        "Tập huấn nghiệp vụ hộ tịch năm 2024",
        "Ngày 2/4/2024, Sở Tư pháp tỉnh Thái Bình tổ chức hội nghị tập huấn nghiệp vụ hộ tịch.",
    ),
    "/tin-tuc/doan-cong-tac-kiem-tra-thi-hanh-an.html": (
        "Đoàn công tác kiểm tra công tác thi hành án",
        "Ngày 5/4/2024, Đoàn công tác của Cục Thi hành án dân sự tỉnh Hưng Yên kiểm tra Chi cục "
        "Thi hành án dân sự huyện Văn Lâm.",
    ),
    "/tin-tuc/gap-mat-ky-niem-ngay-phap-luat-viet-nam.html": (
        "Gặp mặt kỷ niệm Ngày Pháp luật Việt Nam",
        "Ngày 9/11/2023, Sở Tư pháp tỉnh Hải Dương tổ chức buổi gặp mặt kỷ niệm Ngày Pháp luật.",
    ),
    "/tin-tuc/giao-ban-cong-tac-tu-phap-quy-mot.html": (
        "Giao ban công tác tư pháp quý I",
        "Ngày 28/3/2024, Sở Tư pháp tỉnh Bắc Giang tổ chức hội nghị giao ban công tác quý I.",
    ),
    "/tin-tuc/hoi-thao-ve-tro-giup-phap-ly-cho-nguoi-dan.html": (
        "Hội thảo về trợ giúp pháp lý cho người dân",
        "Ngày 10/4/2024, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Thanh Hóa tổ chức hội thảo.\n"
        "Ông Đỗ Minh Tuấn, Giám đốc Sở Tư pháp tỉnh Thanh Hóa, dự và phát biểu.",
    ),
    "/tin-tuc/le-don-nhan-co-thi-dua-cua-chinh-phu.html": (
        "Lễ đón nhận Cờ thi đua của Chính phủ",
        "Ngày 15/4/2024, Sở Tư pháp tỉnh Quảng Ninh tổ chức lễ đón nhận Cờ thi đua của Chính phủ.",
    ),
    "/tin-tuc/ban-tin-phap-luat-so-mot-nam-2024.html": (
        "Bản tin pháp luật số một năm 2024",
        "Ngày 18/4/2024, Sở Tư pháp tỉnh Lạng Sơn phát hành bản tin pháp luật số một.",
    ),
}
DUPLICATE = "/ban-in/ban-tin-phap-luat-so-mot-nam-2024.html"  # same bytes as the last one
PRIVATE = "/private/bao-cao-noi-bo-khong-cong-khai.html"
OLD_URL = "/tin-cu/doan-cong-tac-kiem-tra-thi-hanh-an.html"
TOO_MANY = "/tin-tuc/gap-mat-ky-niem-ngay-phap-luat-viet-nam.html"
FLAKY = "/tin-tuc/giao-ban-cong-tac-tu-phap-quy-mot.html"
CP1258_PAGE = "/tin-tuc/hoi-thao-ve-tro-giup-phap-ly-cho-nguoi-dan.html"
TCVN_PAGE = "/tin-tuc/le-don-nhan-co-thi-dua-cua-chinh-phu.html"
ARTICLE_PATHS = sorted(ARTICLES)


@dataclass
class Site:
    """The site's pages and behaviour (mutable between runs) and the request log."""

    base: str = ""
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    failures_left: dict[str, int] = field(default_factory=dict)
    slow: dict[str, threading.Event] = field(default_factory=dict)
    hit: dict[str, threading.Event] = field(default_factory=dict)

    def build(self) -> None:
        from justicekg.harvest.charsets import _tcvn_codec

        b = self.base
        html = "text/html; charset=utf-8"
        for path, (title, body) in ARTICLES.items():
            self.pages[path] = (html, article(title, body).encode("utf-8"))
        title, body = ARTICLES[CP1258_PAGE]
        self.pages[CP1258_PAGE] = ("text/html", cp1258(article(title, body, "windows-1258")))
        title, body = ARTICLES[TCVN_PAGE]
        tcvn = _tcvn_codec().encode(article(title, body, "none"))[0]
        self.pages[TCVN_PAGE] = ("text/html; charset=TCVN", tcvn)
        self.pages[DUPLICATE] = self.pages["/tin-tuc/ban-tin-phap-luat-so-mot-nam-2024.html"]
        self.pages[PRIVATE] = (html, article("Báo cáo nội bộ", "Không công khai.").encode())
        self.pages["/robots.txt"] = (
            "text/plain",
            f"User-agent: *\nDisallow: /private/\nSitemap: {b}/sitemap-index.xml\n".encode(),
        )
        self.pages["/sitemap-index.xml"] = (
            "application/xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{b}/sitemap-1.xml</loc></sitemap>"
                f"<sitemap><loc>{b}/sitemap-2.xml</loc></sitemap></sitemapindex>"
            ).encode(),
        )
        in_maps = {
            "/sitemap-1.xml": [
                ("/tin-tuc/hoi-nghi-tong-ket-cong-tac-tu-phap.html", "2024-03-12"),
                (OLD_URL, "2024-04-05"),
                (TOO_MANY, "2023-11-09"),
            ],
            "/sitemap-2.xml": [
                ("/tin-tuc/ky-ket-quy-che-phoi-hop-thi-hanh-an.html", "2024-03-20"),
                (FLAKY, "2024-03-28"),
                (CP1258_PAGE, "2024-04-10"),
                (TCVN_PAGE, "2024-04-15"),
            ],
        }
        for name, entries in in_maps.items():
            urls = "".join(
                f"<url><loc>{b}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in entries
            )
            self.pages[name] = (
                "application/xml",
                (
                    '<?xml version="1.0" encoding="UTF-8"?>'
                    f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
                ).encode(),
            )
        items = [
            ("Bằng khen", "/tin-tuc/trao-bang-khen-cho-tap-the-xuat-sac.html", "Mon, 25 Mar 2024"),
            ("Bản tin", "/tin-tuc/ban-tin-phap-luat-so-mot-nam-2024.html", "Thu, 18 Apr 2024"),
        ]
        feed = "".join(
            f"<item><title>{t}</title><link>{b}{p}</link>"
            f"<pubDate>{d} 08:00:00 +0700</pubDate></item>"
            for t, p, d in items
        )
        self.pages["/rss.xml"] = (
            "application/rss+xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>Tin</title>{feed}</channel></rss>"
            ).encode(),
        )
        self.pages["/"] = (
            html,
            (
                '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
                '</head><body><a href="/tin-tuc">Tin tức</a></body></html>'
            ).encode(),
        )
        self.pages["/tin-tuc"] = (
            html,
            (
                "<html><body>"
                '<a href="/tin-tuc/hoi-nghi-tong-ket-cong-tac-tu-phap.html">1</a>'
                f'<a href="{PRIVATE}">riêng</a>'
                f'<a href="{DUPLICATE}">bản in</a>'
                '<a rel="next" href="/tin-tuc?page=2">Trang sau</a></body></html>'
            ).encode(),
        )
        self.pages["/tin-tuc?page=2"] = (
            html,
            (
                "<html><body>"
                '<a href="/tin-tuc/tap-huan-nghiep-vu-ho-tich-nam-2024.html">tập huấn</a>'
                '<a href="/tin-tuc">Trang trước</a></body></html>'
            ).encode(),
        )
        self.failures_left = {TOO_MANY: 1, FLAKY: 1}

    def change(self, path: str, extra: str) -> None:
        content_type, body = self.pages[path]
        self.pages[path] = (
            content_type,
            body.replace(b"</article>", extra.encode() + b"</article>"),
        )

    def requests_to(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.log if p == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            return

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            site.log.append((path, {k.lower(): v for k, v in self.headers.items()}))
            if path in site.hit:
                site.hit[path].set()
            if path in site.slow:
                site.slow[path].wait(10)
            if site.failures_left.get(path, 0) > 0:
                site.failures_left[path] -= 1
                status = 429 if path == TOO_MANY else 500
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", "1")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path == OLD_URL:
                self.send_response(301)
                self.send_header("Location", "/tin-tuc/doan-cong-tac-kiem-tra-thi-hanh-an.html")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path not in site.pages:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            content_type, body = site.pages[path]
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            self.wfile.write(body)

    return Handler


class SiteServer:
    """The site on 127.0.0.1, on a free port, in a thread."""

    def __init__(self) -> None:
        self.site = Site()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.site))
        self.site.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.site.build()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self.site

    def __exit__(self, *exc: object) -> None:
        for event in self.site.slow.values():
            event.set()
        self.server.shutdown()
        self.server.server_close()
        time.sleep(0)
