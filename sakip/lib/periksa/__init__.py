"""The document checker: finds inconsistencies in an LKj (text, Markdown, DOCX or PDF).

    hasil = periksa_berkas("lkj.pdf")          # or periksa_teks(...), periksa_bytes(...)
    for f in hasil.findings: print(f.kind, f.line, f.message)

Pure Python, no Django. Each check is a function in cek.PEMERIKSAAN.

Decisions, stated here because no rule settles them:
- Report year: the most common year in lines naming the report ("LAPORAN KINERJA ...
  2023", running headers included), else in "Tahun (Anggaran) YYYY" phrases (tahun.py).
- Another year is an error in a running header, a heading, or a sentence about this
  report ("LKj ini", "2022 ini"); a warning after a period-document phrase ("Perjanjian
  Kinerja Tahun 2022"); a note otherwise. Ranges (2020–2024), regulations ("Nomor 29
  Tahun 2014"), elections ("Pemilu 2024"), dates and years over five years away are fine.
- A written percentage or capaian agrees if it is the exact figure rounded half up or
  truncated to the decimals written; capaian may also be capped at 100 or 120, or use
  the lower-is-better formula.
- Integer-written scale bands ("71 – 90") are closed intervals; a gap holding a whole
  number is an error, a gap of fractions only (90 < x < 91) a warning (skala.py).
- A summary category ("kesimpulannya ... cukup berhasil") is judged against the mean
  capaian of the indicators of the nearest measurement table before it.
- Numbers split by PDF conversion ("2.313.43 8.000,00") are read rejoined, with a note.
- Tables are read tab-separated (DOCX, ruled PDF tables) or space-separated as text
  extraction leaves them (spasi.py).
- Polarity comes from the indicator's wording (polaritas.KATA_TURUN): a listed word makes it
  lower-is-better and only that formula is accepted; otherwise either formula is.
- The cap is the report's own: when every row over target is written exactly 100 (or 120),
  a note says the report caps; a value neither computed nor capped is an error.
- Placeholders ("[Nama …]", "xxx", "NIP. -") are warnings: the text is missing, not wrong.
- Two tables that give one indicator different figures: both are named, neither is chosen.
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
    office: str | None = None  # the office the report names most often

    @property
    def ada_error(self) -> bool:
        return any(f.severity == ERROR for f in self.findings)

    def to_dict(self) -> dict:
        return {
            "document": self.document,
            "year": self.year,
            "office": self.office,
            "findings": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Hasil:
        """Back from to_dict() (a download of findings already shown)."""
        return cls(
            document=str(data["document"]),
            year=data.get("year"),
            office=data.get("office"),
            findings=[Finding(**f) for f in data.get("findings", [])],
        )

    def jumlah(self) -> dict[str, int]:
        """How many findings of each severity."""
        return {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}


def periksa(dokumen: Dokumen, tahun: int | None = None) -> Hasil:
    """Run every check on a document read into lines."""
    k = Konteks(dokumen, tahun)
    from sakip.lib.periksa.kalimat import PEMERIKSAAN_KALIMAT

    semua = {**PEMERIKSAAN, **PEMERIKSAAN_KALIMAT}
    temuan = [f for cek in semua.values() for f in cek(k)]
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
    from sakip.lib.periksa.tahun import kantor_laporan

    return Hasil(dokumen.nama, k.tahun, temuan, kantor_laporan(dokumen))


def periksa_teks(teks: str, tahun: int | None = None, nama: str = "teks") -> Hasil:
    return periksa(dari_teks(teks, nama), tahun)


def periksa_bytes(data: bytes, nama: str = "dokumen", tahun: int | None = None) -> Hasil:
    """Check a document held in memory (an upload); raises DokumenError if unreadable."""
    return periksa(baca_bytes(data, nama), tahun)


def periksa_berkas(path: str | Path, tahun: int | None = None) -> Hasil:
    """Check a file on disk; raises DokumenError if unreadable."""
    return periksa(baca_berkas(path), tahun)
