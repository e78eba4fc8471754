"""The rollout timeline: a segment per wave with its state, size and gate marks; clicks and the
arrow keys select a wave; the selection survives new data of the same waves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from console.widgets.badge_delegate import TINTS
from console.widgets.rollout_timeline import RolloutTimeline, gate_marks

WAVES = [
    {"number": 1, "state": "passed", "size": 2, "gates": [{"gate": "prom:x < 1", "result": "pass"}]},
    {
        "number": 2,
        "state": "failed",
        "size": 1_203,
        "gates": [{"gate": "prom:x < 1", "result": "fail"}, {"gate": "ready:http://a", "result": "pass"}],
    },
    {"number": 3, "state": "pending", "size": 40_000, "gates": []},
]


@pytest.fixture
def timeline(qapp: QApplication) -> Iterator[RolloutTimeline]:
    widget = RolloutTimeline()
    widget.resize(900, 120)
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()


def test_each_wave_is_a_segment_with_its_state_size_and_gates(timeline: RolloutTimeline) -> None:
    timeline.set_waves(WAVES, 2)
    segments = timeline.segments()
    assert [s.number for s in segments] == [1, 2, 3]
    assert segments[1].lines == ("Wave 2 · failed", "1,203 platforms", "✓ 1  ✗ 1")
    assert segments[2].lines[1] == "40,000 platforms" and segments[2].lines[2] == ""
    assert segments[1].current and not segments[0].current
    assert segments[1].accessibleName() == "Wave 2: failed, 1,203 platforms"
    assert "prom:x < 1: failed" in segments[1].toolTip()
    # The colour of the state: the failed wave is drawn red, the passed one green.
    image = segments[1].grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() - 8)
    assert middle == QColor(TINTS["red"][0])
    image = segments[0].grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2 + 4) == QColor(TINTS["green"][0])


def test_clicks_and_arrow_keys_select_a_wave(timeline: RolloutTimeline, qtbot: object) -> None:
    timeline.set_waves(WAVES, 2)
    chosen: list[int] = []
    timeline.waveSelected.connect(chosen.append)
    assert timeline.selected() is None
    qtbot.mouseClick(timeline.segment(3), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert chosen == [3] and timeline.selected() == 3
    qtbot.keyClick(timeline, Qt.Key.Key_Left)  # type: ignore[attr-defined]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)  # type: ignore[attr-defined]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)  # type: ignore[attr-defined]  # stays on the first
    assert chosen == [3, 2, 1, 1] and timeline.selected() == 1
    # New data of the same rollout (a wave moved on) keeps the selection, without a signal.
    timeline.set_waves([{**w, "state": "rolled_back"} for w in WAVES], None)
    assert timeline.selected() == 1 and chosen == [3, 2, 1, 1]
    assert timeline.segment(1).lines[0] == "Wave 1 · rolled back"
    timeline.set_waves([], None)
    assert timeline.segments() == [] and timeline.selected() is None


def test_gate_marks_count_the_results() -> None:
    assert gate_marks([]) == ""
    results = [{"result": "pass"}, {"result": "pass"}, {"result": "unknown"}, {"result": "fail"}]
    assert gate_marks(results) == "✓ 2  ✗ 1  ? 1"
