"""Stores: search over millions of them (windowed), detail, suspend and reactivate."""

from __future__ import annotations

from console.models.tenancy import store_model
from console.models.windowed import WindowedTableModel
from console.pages.directory import DirectoryPage
from modules.tenancy.services import StoreService


class StoresPage(DirectoryPage):
    page_id = "stores"
    icon_name = "stores"
    permission = "merchants.view"
    noun = "store"

    def title(self) -> str:
        return self.tr("Stores")

    def noun_text(self) -> str:
        return self.tr("store")

    def make_service(self) -> StoreService:
        return StoreService(self.session.db)

    def make_model(self) -> WindowedTableModel:
        return store_model(self.service, self.session.actor, self)  # type: ignore[arg-type]
