"""What the checker reports: one Finding per inconsistency, with where and why."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"
NOTE = "note"
SEVERITIES = (ERROR, WARNING, NOTE)


@dataclass(frozen=True)
class Finding:
    """One inconsistency: a stable kind, a severity, where it is, and a message for people."""

    kind: str
    severity: str
    line: int
    message: str
    text: str = ""
    page: int | None = None
    expected: str = ""
    found: str = ""

    def to_dict(self) -> dict:
        """Plain data for JSON output."""
        return asdict(self)

    @property
    def judul_jenis(self) -> str:
        return JUDUL_JENIS.get(self.kind, self.kind)

    @property
    def judul_tingkat(self) -> str:
        return JUDUL_TINGKAT[self.severity]


_MD_TAUTAN = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_TEKAN = re.compile(r"(\*\*|__|\*|\$\$?)")


def cuplikan(teks: str, batas: int = 400) -> str:
    """A line as an excerpt for people: no Markdown marks, table cells joined, not too long."""
    t = _MD_TAUTAN.sub(r"\1", teks)
    t = _MD_TEKAN.sub("", t)
    if "\t" in t or t.lstrip().startswith("|"):
        sel = [c.strip() for c in re.split(r"\t|(?<!\\)\|", t)]
        t = " | ".join(c for c in sel if c and c not in ("-", "–"))
    t = re.sub(r"\s+", " ", t).strip()
    return t if len(t) <= batas else t[: batas - 1].rstrip() + "…"


# Titles of each kind and severity for people (command output and the web page).
JUDUL_JENIS = {
    "sisa": "Sisa anggaran",
    "persen": "Persentase realisasi",
    "total": "Total dan jumlah tabel",
    "terbilang": "Terbilang (angka dalam kata)",
    "tahun": "Tahun",
    "jumlah": "Jumlah yang disebut",
    "penomoran": "Penomoran baris tabel",
    "capaian": "Capaian",
    "kategori": "Kategori dan kesimpulan",
    "skala": "Skala kategori",
    "ejaan": "Ejaan",
    "format": "Angka rusak karena konversi",
    "hitung": "Perhitungan dalam teks",
    "rata": "Rata-rata capaian",
    "placeholder": "Teks isian yang belum diganti",
    "tabel": "Dua tabel tidak sama",
    # kinds of the checks on an office's own data (sakip.laporan.pemeriksaan)
    "kelengkapan": "Data belum lengkap",
    "persetujuan": "Realisasi belum disetujui",
    "bukti": "Bukti dukung wajib",
    "analisis": "Capaian di atas 120 % tanpa penjelasan",
    "target": "Target PK berbeda dari Renstra/RKT",
    "pagu": "Realisasi anggaran melebihi pagu",
    "volume": "Target volume RO (TVRO)",
    "narasi": "Narasi laporan yang disunting",
}
JUDUL_TINGKAT = {ERROR: "Galat", WARNING: "Peringatan", NOTE: "Catatan"}


def kelompokkan(findings: list[Finding]) -> list[tuple[str, str, list[Finding]]]:
    """(kind, title, findings) per kind, kinds in the order of JUDUL_JENIS, then any other."""
    per_jenis: dict[str, list[Finding]] = {}
    for f in findings:
        per_jenis.setdefault(f.kind, []).append(f)
    urutan = [k for k in JUDUL_JENIS if k in per_jenis] + sorted(
        per_jenis.keys() - JUDUL_JENIS.keys()
    )
    return [(k, JUDUL_JENIS.get(k, k), per_jenis[k]) for k in urutan]
