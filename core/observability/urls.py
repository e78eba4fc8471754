"""URLs as they may be shown: without user information (``user:password@``)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# What a URL that urllib cannot split might still carry: ``scheme://anything@``.
_USERINFO = re.compile(r"(?<=//)[^/?#]*@")


def strip_userinfo(url: str) -> str:
    """``http://admin:pw@host:3000/x`` -> ``http://host:3000/x``; other URLs unchanged."""
    try:
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2]
    except ValueError:  # malformed (an unbalanced IPv6 bracket): strip by pattern
        return _USERINFO.sub("", url)
    if host == parts.netloc:
        return _USERINFO.sub("", url)
    return urlunsplit(parts._replace(netloc=host))


def public_url(url: str | None) -> str | None:
    return None if url is None else strip_userinfo(url)
