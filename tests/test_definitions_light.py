"""The module registry loads without pydantic, and the texts modules declare are marked for translation.

A correctness guard, not a timing (the figures are ``python3 -m tests.benchmarks cli_latency``):
reading the definitions and the settings stored for a platform (``modules status``, the console's
modules page) needs no config schema; validating or showing the settings loads it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core.definition import secret_field_names
from core.i18n import MODULES_CONTEXT, QT_TRANSLATE_NOOP
from core.registry import default_registry
from tests.test_cli_imports import _loaded_after

ROOT = Path(__file__).resolve().parents[1]


def _pydantic_after(code: str) -> list[str]:
    """The pydantic modules in ``sys.modules`` of a fresh interpreter after ``code``."""
    return [name for name in _loaded_after(code) if name.split(".")[0] == "pydantic"]


READ_EVERYTHING = """
from core.registry import default_registry
from tests.test_cli_imports import _loaded_after
for m in default_registry():
    texts = (m.name, m.description, m.tier, m.requires, [(p.code, p.label) for p in m.permissions])
    config = (m.has_settings, m.full_config({}), m.default_config, m.secret_fields)
"""


def test_loading_the_registry_and_reading_every_definition_imports_no_pydantic() -> None:
    assert _pydantic_after(READ_EVERYTHING) == []


def test_the_probe_sees_pydantic_once_a_schema_is_used() -> None:
    code = READ_EVERYTHING + "default_registry().get('orders').config_schema\n"
    assert "pydantic" in _pydantic_after(code)


CONFIGURABLE = [m for m in default_registry() if m.has_settings]


@pytest.mark.parametrize("module", CONFIGURABLE, ids=lambda m: m.code)
def test_declared_defaults_and_secrets_are_the_schemas(module) -> None:  # type: ignore[no-untyped-def]
    schema = module.config_schema
    assert module.default_config == schema().model_dump(mode="json")
    assert module.secret_fields == secret_field_names(schema)


def test_the_marker_returns_the_text() -> None:
    assert QT_TRANSLATE_NOOP("modules", "Orders") == "Orders"


def _declared_texts() -> set[str]:
    texts: set[str] = set()
    for module in default_registry():
        texts |= {module.name, module.description}
        texts |= {t for p in module.permissions for t in (p.label, p.description) if t}
        if module.has_settings:
            for info in module.config_schema.model_fields.values():  # type: ignore[union-attr]
                texts |= {t for t in (info.title, info.description) if t}
    return texts


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed")
def test_pyside6_lupdate_extracts_every_text_a_module_declares(tmp_path: Path) -> None:
    """Names, descriptions, permission labels and setting titles: all marked, in context ``modules``."""
    sources = sorted(
        str(p) for p in (ROOT / "modules").glob("*/*.py") if p.name in ("definition.py", "config.py")
    )
    ts = tmp_path / "modules.ts"
    done = subprocess.run(
        ["pyside6-lupdate", *sources, "-ts", str(ts)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    extracted = {
        re.sub(r"\s+", " ", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        if context.findtext("name") == MODULES_CONTEXT
        for message in context.iter("message")
    }
    assert _declared_texts() - extracted == set()
