"""Stores: search over millions of them (windowed), detail, suspend and reactivate."""

from __future__ import annotations

from console.models.tenancy import store_model
from console.models.windowed import WindowedTableModel
from console.pages.directory import DirectoryPage
from modules.tenancy.services import StoreService


class StoresPage(DirectoryPage):
    noun = "store"

    def make_service(self) -> StoreService:
        return self.session.stores

    def make_model(self) -> WindowedTableModel:
        return store_model(self.service, self.session.actor, self)  # type: ignore[arg-type]
