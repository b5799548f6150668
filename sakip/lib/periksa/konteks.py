"""Everything the checks share about one document, computed once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sakip.lib.periksa.dokumen import Baris, Dokumen
from sakip.lib.periksa.skala import Skala, skala_dari_baris, skala_dari_tabel
from sakip.lib.periksa.spasi import cari_tabel_spasi
from sakip.lib.periksa.tabel import Tabel, cari_tabel, kepala_berjalan
from sakip.lib.periksa.tahun import tahun_laporan


@dataclass
class Konteks:
    """A document with its year, running headers, tables and scales."""

    dokumen: Dokumen
    tahun_diberikan: int | None = None

    @cached_property
    def tahun(self) -> int | None:
        return self.tahun_diberikan or tahun_laporan(self.dokumen)

    @cached_property
    def kepala(self) -> set[int]:
        return kepala_berjalan(self.dokumen)

    @cached_property
    def _spasi(self) -> list[tuple[Tabel, set[int]]]:
        return cari_tabel_spasi(self.dokumen, self.kepala)

    @cached_property
    def tabel(self) -> list[Tabel]:
        """Tab-separated tables and space-separated ones, in document order."""
        semua = cari_tabel(self.dokumen, self.kepala) + [t for t, _ in self._spasi]
        return sorted(semua, key=lambda t: t.awal)

    @cached_property
    def baris_tabel(self) -> set[int]:
        """Lines that belong to a table (rows and header), so text checks skip them."""
        hasil = set()
        for t in self.tabel:
            hasil.add(t.baris_kepala)
            hasil.update(r.nomor for r in t.rows)
        for _, baris in self._spasi:
            hasil.update(baris)
        for _, s in self.skala:
            hasil.update(s.baris)
        for b in self.dokumen.baris:
            if "\t" in b.teks or b.teks.lstrip().startswith("|"):
                hasil.add(b.nomor)
        return hasil

    @cached_property
    def skala(self) -> list[tuple[Tabel, Skala]]:
        dari_tabel = [(t, s) for t in self.tabel if (s := skala_dari_tabel(t)) is not None]
        return dari_tabel + skala_dari_baris(self.dokumen, self.kepala)

    def teks(self) -> list[Baris]:
        """Lines of running text: not table rows, not running headers, not blank."""
        return [
            b
            for b in self.dokumen.baris
            if b.teks.strip() and b.nomor not in self.baris_tabel and b.nomor not in self.kepala
        ]

    def baris(self, nomor: int) -> Baris:
        return self.dokumen.baris[nomor - 1]
