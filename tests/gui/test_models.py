"""The item models pass pytest-qt's qtmodeltester (Qt's QAbstractItemModelTester rules)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from console.models.audit import AuditModel
from console.models.matrix import PAGE, PlatformMatrixModel
from console.models.modules import ModuleListModel
from console.models.users import UserModel
from core.registry import default_registry
from core.services.auth import UserInfo
from core.services.platforms import PlatformRef


def test_module_list_model(qtmodeltester: Any) -> None:
    registry = default_registry()
    model = ModuleListModel(registry)
    model.set_modules(list(registry))
    qtmodeltester.check(model, force_py=True)
    assert model.is_header(0) and model.data(model.index(0, 0)).startswith("Core")
    assert len(model.header_rows()) == 3
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags
    assert model.data(model.index(model.row_of("orders"), model.COLUMNS.index("requires"))) == "payments"


def test_platform_matrix_model_is_lazy(qtmodeltester: Any) -> None:
    model = PlatformMatrixModel()
    asked: list[list[str]] = []
    model.states_needed.connect(asked.append)
    model.set_columns(["core", "payments", "orders"], ["core"])
    platforms = [PlatformRef(i, f"p{i:05d}", f"Platform {i}") for i in range(1, 10_001)]
    model.set_platforms(platforms)
    assert model.rowCount() == PAGE and len(asked) == 1 and len(asked[0]) == PAGE
    assert model.data(model.index(0, 2)) == "…"  # not loaded yet
    model.set_states({"p00001": frozenset({"core", "payments"})})
    assert model.data(model.index(0, 2)) == "✓" and model.data(model.index(0, 3)) == ""
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE and len(asked) == 2 and asked[1][0] == f"p{PAGE + 1:05d}"
    qtmodeltester.check(model, force_py=True)


def test_audit_model_pages_by_keyset(qtmodeltester: Any) -> None:
    model = AuditModel()
    wanted: list[int] = []
    model.page_needed.connect(wanted.append)

    def entry(i: int) -> dict[str, Any]:
        return {
            "id": i,
            "at": datetime(2026, 1, 1, tzinfo=UTC).isoformat(),
            "actor": "admin:admin",
            "action": "modules.enable",
            "outcome": "succeeded" if i % 2 else "refused",
            "error_code": None if i % 2 else "module.core",
            "platforms": ["demo-00001"],
            "modules": ["orders"],
            "subject": None,
            "request": {},
            "plan": None,
            "message": "ok",
        }

    model.reset([entry(i) for i in range(300, 100, -1)], exhausted=False)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert wanted == [101] and not model.canFetchMore(QModelIndex())  # one page at a time
    model.append_page([entry(i) for i in range(100, 0, -1)], exhausted=True)
    assert model.rowCount() == 300 and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(0, 3)) == "refused (module.core)"  # id 300
    qtmodeltester.check(model, force_py=True)


def test_user_model(qtmodeltester: Any) -> None:
    model = UserModel()
    model.set_users(
        [
            UserInfo(1, "admin", "super_admin", True, None, 0, None, ()),
            UserInfo(
                2,
                "padmin",
                "platform_admin",
                True,
                datetime(2999, 1, 1, tzinfo=UTC),
                0,
                None,
                ("demo-00001",),
            ),
            UserInfo(3, "old", "operator", False, None, 0, None, ()),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1, 2)).startswith("locked")
    assert model.data(model.index(2, 2)) == "disabled"
    assert model.data(model.index(1, 4)) == "demo-00001"
