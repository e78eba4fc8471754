"""Render the application icon's PNG sizes for the hicolor theme from its SVG, with Qt.

``python3 packaging/linux/render_icons.py`` rewrites ``packaging/linux/icons/hicolor/NxN/apps/
platform-console.png`` from ``resources/icons/platform-console.svg`` (the scalable icon,
installed as it is); ``tests/test_desktop_files.py`` checks that the PNGs match a fresh rendering.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parents[1] / "resources" / "icons" / "platform-console.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICON = "platform-console"


def png_path(size: int, root: Path = HERE / "icons" / "hicolor") -> Path:
    return root / f"{size}x{size}" / "apps" / f"{ICON}.png"


def render(size: int):  # -> QImage (PySide6 is imported here, not when the module is loaded)
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path.relative_to(HERE.parents[1]))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
