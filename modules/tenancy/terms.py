"""The words of a merchants or stores list that every part shares (the queries, the console and
``platformctl``'s choices), without SQLAlchemy: ``platformctl --help`` and completion read them."""

from __future__ import annotations

from enum import StrEnum

SORTS = ("code", "name", "created_at")


class SearchKind(StrEnum):
    """What a search matches. ``any``: the text anywhere in the name, code, e-mail or domain (a
    prefix of the name or code for one or two characters); ``name`` / ``code``: a prefix;
    ``email`` / ``domain``: anywhere in that field. Accents and case never matter."""

    ANY = "any"
    AUTO = "any"  # the former name of ANY (an alias: not listed among the choices)
    NAME = "name"
    CODE = "code"
    EMAIL = "email"
    DOMAIN = "domain"
