"""The report's year, and the mentions of other years that contradict it.

The report year, when not given, is the most common year in lines that name the report
itself ("LAPORAN KINERJA ... 2023", "LKj ... Tahun 2023", running headers included);
failing that, the most common year in "Tahun (Anggaran) YYYY" phrases.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sakip.lib.periksa.dokumen import Dokumen

TAHUN = re.compile(r"(?<![\d/.,-])((?:19|20)\d{2})(?![\d])")
TAHUN_RUSAK = re.compile(r"\b[Tt]ahun\s+((?:19|20)\d{3,})\b")
RENTANG = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*(?:[-–—]|s\.?\s*d\.?|sampai(?:\s+dengan)?|hingga)\s*(?:19|20)\d{2}(?!\d)",
    re.IGNORECASE,
)
NAMA_LAPORAN = re.compile(
    r"laporan\s+kinerja|laporan\s+akuntabilitas|\blkj\b|\blakip\b|\blaki\b", re.IGNORECASE
)
_TAHUN_FRASA = re.compile(r"\btahun\s+(?:anggaran\s+)?((?:19|20)\d{2})(?!\d)", re.IGNORECASE)

# Mentions of another year that are legitimate, judged on the text just before the year.
BUKAN_PERIODE = (
    # a regulation or a letter: "Nomor 29 Tahun 2014", "No. 7/2017"
    re.compile(r"\b(?:nomor|no\.?|nmr\.?)\s*[\w./-]+\s*(?:tahun\s*|/)$", re.IGNORECASE),
    # an election: "Pemilu 2024", "Pemilu serentak tahun 2024", "Pemilihan Umum Tahun 2024"
    re.compile(
        r"(?<!komisi\s)\b(?:pemilu|pemilihan(?:\s+umum)?|pilkada|pilpres|pileg)"
        r"(?:\s+(?:serentak|legislatif|presiden(?:\s+dan\s+wakil\s+presiden)?|kepala\s+daerah))?"
        r"\s+(?:tahun\s+)?$",
        re.IGNORECASE,
    ),
    # a date: "13 Januari 2024", "3 November Tahun 2023"
    re.compile(
        r"\b(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
        r"|november|nopember|desember)\s+(?:tahun\s+)?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:uud|undang-undang\s+dasar)\s+(?:negara\s+\w+\s+\w+\s+)?(?:tahun\s+)?$", re.IGNORECASE
    ),
)
# A phrase that names a document or a period of the report ("Perjanjian Kinerja Tahun 2022").
FRASA_PERIODE = re.compile(
    r"\b(?:lkj|lakip|laporan\s+kinerja|perjanjian\s+kinerja|penetapan\s+kinerja"
    r"|rencana\s+kinerja(?:\s+tahunan)?|capaian\s+kinerja|rencana\s+aksi|tahun\s+anggaran"
    r"|ta\.?|dipa|rkt|pk)\b[^.;:]{0,60}?$",
    re.IGNORECASE,
)
# Words that tie a sentence to this very report: "LKj ini", "laporan ini", "tahun ini".
DIRI_SENDIRI = re.compile(
    r"\b(?:lkj|lakip|laporan(?:\s+kinerja)?|dokumen)\b[^.]{0,80}?\bini\b|\btahun\s+ini\b",
    re.IGNORECASE,
)
PERBANDINGAN = re.compile(r"banding|sebelumnya|tahun\s+lalu|yang\s+lalu", re.IGNORECASE)
_KALIMAT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def tahun_laporan(dokumen: Dokumen) -> int | None:
    """The year the report is about, found in the lines that name the report."""
    hitung: Counter[int] = Counter()
    cadangan: Counter[int] = Counter()
    for b in dokumen.baris:
        teks = RENTANG.sub(" ", b.teks)
        if NAMA_LAPORAN.search(teks):
            hitung.update(
                int(m.group(1)) for m in TAHUN.finditer(teks) if not _dikecualikan(teks, m.start())
            )
        cadangan.update(
            int(m.group(1))
            for m in _TAHUN_FRASA.finditer(teks)
            if not _dikecualikan(teks, m.start(1))
        )
    for c in (hitung, cadangan):
        if c:
            return c.most_common(1)[0][0]
    return None


def _dikecualikan(teks: str, posisi: int) -> bool:
    sebelum = teks[max(0, posisi - 80) : posisi]
    return any(p.search(sebelum) for p in BUKAN_PERIODE)


@dataclass(frozen=True)
class Sebutan:
    """A mention of a year other than the report's, with how strongly it contradicts it."""

    tahun: int
    tingkat: str  # 'kepala' | 'judul' | 'diri' | 'periode' | 'lain'
    kalimat: str


def kalimat(teks: str) -> list[str]:
    return _KALIMAT.split(teks)


def judul(teks: str) -> bool:
    """A heading: short, no sentence end, upper case or numbered like 'C. IKHTISAR ...'."""
    t = teks.strip().replace("*", "").replace("#", "").strip()
    if not t or "\t" in teks or len(t) > 120 or len(t.split()) > 14 or t.endswith((".", ",", ";")):
        return False
    huruf = [c for c in t if c.isalpha()]
    besar = huruf and sum(c.isupper() for c in huruf) / len(huruf) >= 0.6
    bernomor = re.match(r"^(BAB\s+[IVX]+\b|[A-Z]\.\s|\d+(\.\d+)*\.?\s|[IVX]+\.\s)", t)
    return bool(besar or bernomor)


def sebutan_tahun(teks: str, tahun: int, kepala: bool) -> list[Sebutan]:
    """Mentions in one line of years near the report's year that are not it."""
    hasil = []
    tanpa_rentang = RENTANG.sub(lambda m: " " * len(m.group(0)), teks)
    if re.fullmatch(r"\s*(?:19|20)\d{2}\s*", teks):
        return []  # a bare year on its own line: a cover or a date split over lines
    heading = judul(teks)
    for kal in kalimat(tanpa_rentang):
        for m in TAHUN.finditer(kal):
            y = int(m.group(1))
            if y == tahun or abs(y - tahun) > 5 or _dikecualikan(kal, m.start()):
                continue
            sebelum, sesudah = kal[: m.start()], kal[m.end() :]
            if kepala:
                tingkat = "kepala"
            elif heading and (
                FRASA_PERIODE.search(sebelum) or re.search(r"tahun\s*$", sebelum, re.I)
            ):
                tingkat = "judul"
            elif re.match(r"\s+ini\b", sesudah) or (
                DIRI_SENDIRI.search(kal) and FRASA_PERIODE.search(sebelum)
            ):
                tingkat = "diri"
            elif FRASA_PERIODE.search(sebelum):
                tingkat = "periode"
            else:
                tingkat = "lain"
            if tingkat in ("diri", "periode") and PERBANDINGAN.search(kal) and str(tahun) in kal:
                tingkat = "lain"  # comparing this year with another is what an LKj must do
            hasil.append(Sebutan(y, tingkat, kal.strip()))
    return hasil


_KANTOR = re.compile(
    r"\b(?:KPU|Komisi\s+Pemilihan\s+Umum)\s+(Kabupaten|Kab\.|Kota|Provinsi|Daerah\s+Istimewa)"
    r"\s+((?:(?!Tahun\b|TAHUN\b|Nomor\b|NOMOR\b|Dalam\b|DALAM\b)[A-Z][A-Za-z'-]*\s?){1,4})"
)


def kantor_laporan(dokumen: Dokumen) -> str | None:
    """The office the report is of: the 'KPU Kabupaten/Kota/Provinsi X' named most often."""
    hitung: Counter[str] = Counter()
    for b in dokumen.baris:
        for m in _KANTOR.finditer(b.teks):
            jenis = "Kabupaten" if m.group(1) == "Kab." else " ".join(m.group(1).split())
            nama = " ".join(w.capitalize() if w.isupper() else w for w in m.group(2).split())
            hitung[f"KPU {jenis.title()} {nama}"] += 1
    return hitung.most_common(1)[0][0] if hitung else None
