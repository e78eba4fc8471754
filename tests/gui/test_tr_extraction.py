"""What lupdate extracts from console/ is what the console looks up (issue #14).

lupdate reads ``tr("...")`` outside a class, or through an alias of ``QCoreApplication.translate``,
under an empty context (or the context as the text), while Qt looks it up under the caller's
context at run time: such strings stay English whatever the catalogue says. These tests run the
real ``lupdate`` over console/, then translate a catalogue made from its output and check that
the console's own calls find the translations.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(PySide6.__file__).parent

Message = tuple[str, str, str]  # context, source, file


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "console").rglob("*.py"))


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ts = tmp_path_factory.mktemp("ts") / "console.ts"
    subprocess.run(
        [str(TOOLS / "lupdate"), *_sources(), "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return ts


def _messages(ts: Path) -> Iterator[tuple[ET.Element, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context, message


def extracted(ts: Path) -> list[Message]:
    out = []
    for context, message in _messages(ts):
        name = context.findtext("name") or ""
        source = message.findtext("source") or ""
        for location in message.iter("location"):
            file = Path(location.get("filename") or "")
            out.append((name, source, str((ts.parent / file).resolve().relative_to(ROOT))))
    return out


def test_no_message_is_extracted_without_a_context(catalogue: Path) -> None:
    empty = {(source, file) for context, source, file in extracted(catalogue) if not context}
    unexpected = sorted((file, source) for source, file in empty)
    assert unexpected == [], "tr() outside a class, or an alias of translate(): give these a context"


@pytest.mark.parametrize(
    ("context", "source"),
    [
        ("Console", "Opening the database…"),  # console/startup.py
        ("TenancyModel", "Status"),  # console/models/tenancy.py
        ("TenancyModel", "suspended"),
        ("OrdersModel", "pending"),  # console/models/orders.py
        ("PlanTableModel", "no change"),  # console/widgets/impact_preview.py
        ("PlanTableModel", "%1 is a core module and stays enabled"),
        ("TableExport", "Export cancelled: no file was written."),  # console/widgets/table_export.py
        ("PaymentStatus", "captured"),  # console/models/payments.py
        ("MigrationTexts", "Only a super admin can run migrations."),
        ("ModuleDetails", "Config schema"),  # was single-quoted: lupdate skips those
        ("AuditPage", "Resolved plan:"),
        ("Pages", "Dependency graph"),  # console/pages/registry.py, Qt-free marker
        ("PageCommands", "Export CSV…"),
    ],
)
def test_the_strings_of_former_local_helpers_are_extracted(
    catalogue: Path, context: str, source: str
) -> None:
    assert (context, source) in {(c, s) for c, s, _file in extracted(catalogue)}


@pytest.fixture
def bracketed(qapp: QApplication, catalogue: Path, tmp_path: Path) -> Iterator[None]:
    """Every extracted message translated as ``[source]`` (disambiguations kept apart), installed."""
    tree = ET.parse(catalogue)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        comment = message.findtext("comment")
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            translation.append(ET.Element("numerusform"))
            translation[0].text = f"[{source}]"
        else:
            translation.text = f"[{source}|{comment}]" if comment else f"[{source}]"
    ts = tmp_path / "bracketed.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "bracketed.qm"
    subprocess.run([str(TOOLS / "lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_console_looks_strings_up_where_lupdate_put_them(bracketed: None) -> None:
    from console.models import migration_texts, orders, payments, tenancy
    from console.pages.registry import PAGES
    from console.window.navigation import page_title

    assert payments.status_text("captured") == "[captured]"
    assert orders.status_text("paid") == "[paid]"
    assert tenancy.status_text("active", "store") == "[active|store]"
    assert tenancy.status_text("suspended", "merchant") == "[suspended|merchant]"
    assert migration_texts.run_hint(None, may_run=False, read_only=False) == (
        "[Only a super admin can run migrations.]"
    )
    assert page_title(PAGES[0]) == "[Modules]"
