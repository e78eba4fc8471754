"""Merchants and stores for support staff, in one import: the names the console, the command
line and the tests use. Where each lives:

* :mod:`modules.tenancy.query` -- what a list asks for (:class:`ListQuery`, :class:`SearchKind`);
* :mod:`modules.tenancy.directory` -- lists: keyset pages, counts, search, suspension;
* :mod:`modules.tenancy.merchants` -- :class:`MerchantService`, :class:`StoreService`, detail;
* :mod:`modules.tenancy.detail` -- what other modules contribute to a detail, the audit trail;
* :mod:`modules.tenancy.rows` -- the rows and the :class:`Detail` returned;
* ``core.paging`` -- pages, windows, counts and cursors, shared by every list.
"""

from __future__ import annotations

from core.paging import COUNT_CAP, MAX_PAGE, Key, Page, RowCount, Window, decode_cursor, encode_cursor
from modules.tenancy.directory import Directory
from modules.tenancy.merchants import MerchantService, StoreService, stores_matching
from modules.tenancy.query import SORTS, ListQuery, SearchKind
from modules.tenancy.rows import Detail, MerchantRow, PlatformInfo, StoreRow

__all__ = [
    "COUNT_CAP",
    "MAX_PAGE",
    "SORTS",
    "Detail",
    "Directory",
    "Key",
    "ListQuery",
    "MerchantRow",
    "MerchantService",
    "Page",
    "PlatformInfo",
    "RowCount",
    "SearchKind",
    "StoreRow",
    "StoreService",
    "Window",
    "decode_cursor",
    "encode_cursor",
    "stores_matching",
]
