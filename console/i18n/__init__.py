"""The console in English, French and German (Qt's translators, the formats' locale).

* :mod:`console.i18n.codes`: the language codes (no Qt);
* :mod:`console.i18n.languages`: which language (``--lang``, the saved choice, the system) and
  which locale formats numbers, money and dates for it;
* :mod:`console.i18n.translators`: the console's catalogue and Qt's, installed on the application;
* :mod:`console.i18n.menu`: View → Language, which switches without a restart;
* :mod:`console.i18n.pseudo`: the hidden pseudo-locale (``--lang pseudo``) that shows escaped texts;
* :mod:`console.i18n.catalogues`: ``python3 -m console.i18n.catalogues update|compile|check``.
"""

from __future__ import annotations


def start_language(cli: str | None, saved: str | None) -> str:
    """At start-up: choose the language (``--lang``, the saved one, the system's) and install it."""
    from console.i18n.languages import choose_language  # lazy: Qt (this package's root loads none)
    from console.i18n.translators import install  # lazy: Qt (see above)

    language = choose_language(cli, saved)
    install(language)
    return language
