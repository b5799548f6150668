"""Readers of budget files (the sakip template as XLSX or CSV, SAKTI GLP039); no database."""

from .baca import MAKS_UKURAN, baca_banyak, baca_berkas
from .rekaman import HasilBaca, ImporError, Kesalahan

__all__ = ["MAKS_UKURAN", "HasilBaca", "ImporError", "Kesalahan", "baca_banyak", "baca_berkas"]
