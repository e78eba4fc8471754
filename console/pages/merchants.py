"""Merchants: search over all of them (windowed), detail, suspend and reactivate."""

from __future__ import annotations

from console.models.tenancy import merchant_model
from console.models.windowed import WindowedTableModel
from console.pages.directory import DirectoryPage
from modules.tenancy.services import MerchantService


class MerchantsPage(DirectoryPage):
    noun = "merchant"

    def make_service(self) -> MerchantService:
        return self.session.merchants

    def make_model(self) -> WindowedTableModel:
        return merchant_model(self.service, self.session.actor, self)  # type: ignore[arg-type]
