"""What the console remembers between runs: window settings (QSettings) and connection profiles."""

from console.store.profiles import ConnectionProfile, ProfileStore
from console.store.settings import AppSettings

__all__ = ["AppSettings", "ConnectionProfile", "ProfileStore"]
