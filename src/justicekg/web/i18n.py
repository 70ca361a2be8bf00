"""Vietnamese-first interface strings; English via ``?lang=en`` or ``Accept-Language``."""

from __future__ import annotations

from flask import Flask, Response, g, request

LANGUAGES = ("vi", "en")

#: key → (Vietnamese, English). A missing English string falls back to Vietnamese, and a
#: missing key to the key itself.
STRINGS: dict[str, tuple[str, str]] = {
    "site": ("Đồ thị tri thức ngành Tư pháp", "Justice-sector knowledge graph"),
    "home": ("Trang chủ", "Home"),
    "browse": ("Duyệt", "Browse"),
    "search": ("Tìm kiếm", "Search"),
    "search_placeholder": ("Tìm người, cơ quan, tỉnh…", "Find a person, organization, province…"),
    "editor": ("Truy vấn SPARQL", "SPARQL query"),
    "ontology": ("Bản thể học", "Ontology"),
    "data": ("Dữ liệu", "Data"),
    "recent_articles": ("Bài viết gần đây", "Recent articles"),
    "in_graph": ("Trong đồ thị", "In the graph"),
    "triples": ("bộ ba", "triples"),
    "graphs": ("đồ thị bài viết", "article graphs"),
    "person": ("Cá nhân", "People"),
    "org": ("Cơ quan, tổ chức", "Organizations"),
    "province": ("Tỉnh, thành phố", "Provinces"),
    "district": ("Quận, huyện", "Districts"),
    "event": ("Sự kiện", "Events"),
    "award": ("Khen thưởng", "Awards"),
    "decision": ("Quyết định", "Decisions"),
    "position": ("Chức vụ", "Positions"),
    "article": ("Bài viết", "Articles"),
    "next": ("Trang sau", "Next page"),
    "first": ("Trang đầu", "First page"),
    "no_results": ("Không có kết quả.", "No results."),
    "results_for": ("Kết quả cho", "Results for"),
    "properties": ("Thuộc tính", "Properties"),
    "referenced_by": ("Được nhắc đến bởi", "Referenced by"),
    "evidence": ("Bằng chứng", "Evidence"),
    "source": ("Nguồn", "Source"),
    "positions": ("Chức vụ theo thời gian", "Positions over time"),
    "events_attended": ("Sự kiện đã tham dự", "Events attended"),
    "awards": ("Khen thưởng", "Awards"),
    "people": ("Cán bộ", "People"),
    "people_by_title": ("Cán bộ theo chức danh", "People by title"),
    "holders_at": ("Người giữ chức vụ vào ngày", "Post holders on"),
    "person_col": ("Cá nhân", "Person"),
    "acting": ("Quyền, phụ trách", "Acting"),
    "interval": ("Thời gian giữ chức vụ", "Interval"),
    "show": ("Xem", "Show"),
    "parent_orgs": ("Cơ quan cấp trên", "Parent organizations"),
    "child_orgs": ("Đơn vị trực thuộc", "Child organizations"),
    "organizations": ("Cơ quan, tổ chức", "Organizations"),
    "events": ("Sự kiện", "Events"),
    "events_organized": ("Sự kiện tổ chức", "Events organized"),
    "participants": ("Người tham dự", "Participants"),
    "recipients": ("Người, đơn vị được khen", "Recipients"),
    "successor": ("Đơn vị kế thừa (2025)", "Successor (2025)"),
    "predecessors": ("Đơn vị tiền thân", "Predecessors"),
    "date": ("Ngày", "Date"),
    "place": ("Địa điểm", "Place"),
    "organizer": ("Đơn vị tổ chức", "Organizer"),
    "title": ("Chức danh", "Title"),
    "from": ("Từ", "From"),
    "until": ("Đến", "Until"),
    "year": ("Năm", "Year"),
    "status": ("Trạng thái", "Status"),
    "sparql_of_page": ("Truy vấn SPARQL tạo ra trang này", "The SPARQL behind this page"),
    "open_in_editor": ("Mở trong trình soạn truy vấn", "Open in the editor"),
    "examples": ("Truy vấn mẫu", "Example queries"),
    "run": ("Chạy", "Run"),
    "download": ("Tải về", "Download"),
    "formats": ("Định dạng", "Formats"),
    "text": ("Nội dung", "Text"),
    "mentions": ("Thực thể được nhận diện", "Recognized entities"),
    "error": ("Lỗi", "Error"),
    "language": ("English", "Tiếng Việt"),
    "kind": ("Loại", "Kind"),
    "label": ("Tên", "Name"),
    "published": ("Ngày đăng", "Published"),
    "graph_view": ("Mạng quan hệ", "Network"),
    "organization": ("Cơ quan, đơn vị", "Organization"),
    "start": ("Bắt đầu", "Start"),
    "end": ("Kết thúc", "End"),
    "attested": ("Ghi nhận ngày", "Attested on"),
    "recipient": ("Người, đơn vị nhận", "Recipient"),
    "parent": ("Cơ quan cấp trên", "Parent"),
    "child": ("Đơn vị trực thuộc", "Unit"),
    "predecessor": ("Đơn vị tiền thân", "Predecessor"),
    "details": ("Thông tin chung", "Details"),
    "sources": ("nguồn", "sources"),
    "more_rows": ("Xem tiếp", "More"),
    "first_seen": ("Ghi nhận lần đầu", "First attested"),
    "last_seen": ("Ghi nhận gần nhất", "Last attested"),
    "page_n": ("Trang", "Page"),
    "previous": ("Trang trước", "Previous page"),
    "dumps": ("Bản sao dữ liệu", "Data dumps"),
}


COOKIE = "lang"


def pick_language() -> str:
    """``?lang=`` wins, then the ``lang`` cookie it sets, then ``Accept-Language``; else vi."""
    asked = (request.args.get("lang") or "").lower()[:2]
    if asked in LANGUAGES:
        return asked
    remembered = (request.cookies.get(COOKIE) or "")[:2]
    if remembered in LANGUAGES:
        return remembered
    best = request.accept_languages.best_match(LANGUAGES)
    return best or "vi"


def translate(key: str, lang: str = "vi") -> str:
    """The interface string ``key`` in ``lang``; vi → en fallback.

    >>> translate("search", "en"), translate("search")
    ('Search', 'Tìm kiếm')
    """
    pair = STRINGS.get(key)
    if pair is None:
        return key
    vi, en = pair
    return (en or vi) if lang == "en" else (vi or en)


def init_app(app: Flask) -> None:
    @app.before_request
    def _language() -> None:
        g.lang = pick_language()

    @app.after_request
    def _remember(response: Response) -> Response:
        asked = (request.args.get("lang") or "").lower()[:2]
        if asked in LANGUAGES and request.cookies.get(COOKIE) != asked:
            response.set_cookie(COOKIE, asked, max_age=365 * 24 * 3600, samesite="Lax")
        if response.mimetype == "text/html":
            response.vary.add("Accept-Language")
            response.vary.add("Cookie")
        return response

    @app.context_processor
    def _strings() -> dict[str, object]:
        lang = getattr(g, "lang", "vi")
        return {"_": lambda key: translate(key, lang), "lang": lang}
