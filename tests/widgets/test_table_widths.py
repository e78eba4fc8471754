"""Column widths of many thousand texts: measured by their characters first, never narrower
than measuring each text whole."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from console.widgets.tables import MEASURED_WHOLE, cell_padding, cell_width, widest_candidates


def _view(qtbot: QtBot) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    return view


def test_many_texts_get_the_width_measuring_each_would_give(qtbot: QtBot) -> None:
    view = _view(qtbot)
    metrics = view.fontMetrics()
    rng = random.Random(7)
    alphabet = "il1.:-WMmw0AVTeÉéŁ漢\u0301"  # narrow, wide, kerned pairs, a combining accent, CJK
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(12_000)]
    exact = max(map(metrics.horizontalAdvance, texts))
    pad = cell_padding(view) + 2
    assert len(texts) > MEASURED_WHOLE
    assert exact + pad <= cell_width(view, texts) <= exact + pad + 2 * metrics.averageCharWidth()


def test_the_widest_code_among_thousands_alike_is_found(qtbot: QtBot) -> None:
    view = _view(qtbot)
    metrics = view.fontMetrics()
    codes = [f"p{i:06d}" for i in range(20_000)]
    codes[12_345] = "mmmmmmm"  # as many characters as the others, wider
    candidates, floor = widest_candidates(metrics, codes)
    assert "mmmmmmm" in candidates and floor >= metrics.horizontalAdvance("p000000")
    assert cell_width(view, codes) >= metrics.horizontalAdvance("mmmmmmm") + cell_padding(view) + 2
    # thousands of texts alike: a bounded number measured whole
    alike = [f"p{i:06d}" for i in range(20_000)]
    assert len(widest_candidates(metrics, alike)[0]) <= 256


def test_many_empty_texts_need_no_width(qtbot: QtBot) -> None:
    assert cell_width(_view(qtbot), [""] * (MEASURED_WHOLE + 10)) == 0
