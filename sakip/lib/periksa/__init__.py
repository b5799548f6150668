"""The document checker: finds inconsistencies in an LKj (text, Markdown, DOCX or PDF).

    hasil = periksa_berkas("lkj.pdf")          # or periksa_teks(...), periksa_bytes(...)
    for f in hasil.findings: print(f.kind, f.line, f.message)

Pure Python, no Django. Each check is a function in cek.PEMERIKSAAN.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sakip.lib.periksa.cek import PEMERIKSAAN
from sakip.lib.periksa.dokumen import Dokumen, DokumenError, baca_berkas, baca_bytes, dari_teks
from sakip.lib.periksa.konteks import Konteks
from sakip.lib.periksa.temuan import ERROR, NOTE, SEVERITIES, WARNING, Finding

__all__ = [
    "ERROR",
    "NOTE",
    "WARNING",
    "DokumenError",
    "Finding",
    "Hasil",
    "periksa",
    "periksa_berkas",
    "periksa_bytes",
    "periksa_teks",
]

_URUTAN = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass
class Hasil:
    """The findings on one document, with the year they were checked against."""

    document: str
    year: int | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def ada_error(self) -> bool:
        return any(f.severity == ERROR for f in self.findings)

    def to_dict(self) -> dict:
        return {
            "document": self.document,
            "year": self.year,
            "findings": [f.to_dict() for f in self.findings],
        }


def periksa(dokumen: Dokumen, tahun: int | None = None) -> Hasil:
    """Run every check on a document read into lines."""
    k = Konteks(dokumen, tahun)
    temuan = [f for cek in PEMERIKSAAN.values() for f in cek(k)]
    if k.tahun is None:
        temuan.append(
            Finding(
                "tahun",
                NOTE,
                1,
                "Tahun laporan tidak ditemukan di dokumen; pemeriksaan tahun dilewati. "
                "Sebutkan tahunnya (mis. --tahun 2023).",
            )
        )
    temuan.sort(key=lambda f: (f.line, _URUTAN[f.severity], f.kind))
    return Hasil(dokumen.nama, k.tahun, temuan)


def periksa_teks(teks: str, tahun: int | None = None, nama: str = "teks") -> Hasil:
    return periksa(dari_teks(teks, nama), tahun)


def periksa_bytes(data: bytes, nama: str = "dokumen", tahun: int | None = None) -> Hasil:
    """Check a document held in memory (an upload); raises DokumenError if unreadable."""
    return periksa(baca_bytes(data, nama), tahun)


def periksa_berkas(path: str | Path, tahun: int | None = None) -> Hasil:
    """Check a file on disk; raises DokumenError if unreadable."""
    return periksa(baca_berkas(path), tahun)
