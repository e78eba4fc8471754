"""What the customers list takes, shared by the service and ``platformctl``'s options without
SQLAlchemy (``platformctl --help`` and completion read it)."""

from __future__ import annotations

MAX_PAGE = 500  # customers in one page, at most
