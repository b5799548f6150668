"""Findings of one or many documents: filtered and sorted, as a summary, as XLSX and as PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from django.core import signing
from django.template.loader import render_to_string

from sakip.lib.periksa import Hasil
from sakip.lib.periksa.temuan import ERROR, JUDUL_JENIS, JUDUL_TINGKAT, SEVERITIES, WARNING, Finding

GARAM = "sakip.pemeriksa.unduh"
URUTAN = {
    "baris": "baris",
    "halaman": "halaman",
    "tingkat": "tingkat (galat dahulu)",
    "jenis": "jenis temuan",
}
_TINGKAT = {s: i for i, s in enumerate(SEVERITIES)}


class DataRusak(ValueError):
    """Signed findings that do not verify (altered or from another server)."""


def bungkus(semua: Sequence[Hasil]) -> str:
    """The findings, signed, to travel in a form for filtering and downloads."""
    return signing.dumps([h.to_dict() for h in semua], salt=GARAM, compress=True)


def buka(data: str) -> list[Hasil]:
    try:
        isi = signing.loads(data, salt=GARAM)
    except signing.BadSignature as exc:
        raise DataRusak(
            "Data hasil pemeriksaan tidak sah atau sudah diubah; unggah dokumennya lagi."
        ) from exc
    return [Hasil.from_dict(d) for d in isi]


def saring(
    findings: Sequence[Finding], tingkat: str = "", jenis: str = "", urut: str = "baris"
) -> list[Finding]:
    """Findings of one severity and/or kind, in the order asked for."""
    hasil = [
        f
        for f in findings
        if (not tingkat or f.severity == tingkat) and (not jenis or f.kind == jenis)
    ]
    kunci = {
        "baris": lambda f: (f.line, _TINGKAT[f.severity]),
        "halaman": lambda f: (f.page is None, f.page or 0, f.line),
        "tingkat": lambda f: (_TINGKAT[f.severity], f.line),
        "jenis": lambda f: (
            list(JUDUL_JENIS).index(f.kind) if f.kind in JUDUL_JENIS else 99,
            f.line,
        ),
    }[urut if urut in URUTAN else "baris"]
    return sorted(hasil, key=kunci)


@dataclass
class BarisRingkasan:
    """One row of the summary: a document, its office and year, counts, its worst findings."""

    dokumen: str
    kantor: str
    tahun: int | None
    galat: int
    peringatan: int
    catatan: int
    terberat: str


def ringkas(hasil: Hasil, paling_banyak: int = 3) -> BarisRingkasan:
    jumlah = hasil.jumlah()
    berat = [f for f in saring(hasil.findings, urut="tingkat") if f.severity in (ERROR, WARNING)]
    terberat = " · ".join(
        f"{JUDUL_TINGKAT[f.severity]} {_letak(f)}: {f.message}" for f in berat[:paling_banyak]
    )
    if len(berat) > paling_banyak:
        terberat += f" (dan {len(berat) - paling_banyak} lagi)"
    return BarisRingkasan(
        hasil.document,
        hasil.office or "",
        hasil.year,
        jumlah[ERROR],
        jumlah[WARNING],
        jumlah["note"],
        terberat,
    )


def _letak(f: Finding) -> str:
    return f"hal. {f.page}, baris {f.line}" if f.page else f"baris {f.line}"


def xlsx(semua: Sequence[Hasil], tingkat: str = "", jenis: str = "", urut: str = "baris") -> bytes:
    """A workbook: 'Ringkasan' (one row per document) and 'Temuan' (every finding, or those
    of the filter asked for); line, page and counts are numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Ringkasan"
    ws.append(["Dokumen", "Kantor", "Tahun", "Galat", "Peringatan", "Catatan", "Temuan terberat"])
    for h in semua:
        r = ringkas(h)
        ws.append([r.dokumen, r.kantor, r.tahun, r.galat, r.peringatan, r.catatan, r.terberat])
    temuan = wb.create_sheet("Temuan")
    temuan.append(
        [
            "Dokumen",
            "Halaman",
            "Baris",
            "Tingkat",
            "Jenis",
            "Temuan",
            "Seharusnya",
            "Tertulis",
            "Cuplikan",
        ]  # fmt: skip
    )
    for h in semua:
        for f in saring(h.findings, tingkat, jenis, urut):
            temuan.append(
                [
                    h.document,
                    f.page,
                    f.line,
                    JUDUL_TINGKAT[f.severity],
                    JUDUL_JENIS.get(f.kind, f.kind),
                    f.message,
                    f.expected,
                    f.found,
                    f.text,
                ]  # fmt: skip
            )
    for lembar, lebar in (
        (ws, [34, 30, 8, 8, 11, 9, 90]),
        (temuan, [30, 9, 7, 11, 26, 80, 22, 22, 60]),
    ):
        for i, w in enumerate(lebar):
            lembar.column_dimensions[chr(65 + i)].width = w
        for sel in lembar[1]:
            sel.font = Font(bold=True)
        lembar.freeze_panes = "A2"
        for baris in lembar.iter_rows(min_row=2):
            for sel in baris:
                sel.alignment = Alignment(vertical="top", wrap_text=isinstance(sel.value, str))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


CSS_CETAK = """
@page { size: A4 landscape; margin: 1.5cm; @bottom-right { content: "Halaman " counter(page)
  " dari " counter(pages); font-size: 8pt } }
body { font: 9pt sans-serif } h1 { font-size: 14pt } h2 { font-size: 11pt; margin-top: 1.2em }
table { border-collapse: collapse; width: 100% } th, td { border: 1px solid #999; padding: 2px 4px;
  vertical-align: top; text-align: left } th { background: #eee }
.galat { color: #a00; font-weight: bold } .peringatan { color: #850 } .kecil { color: #555 }
"""


def pdf(semua: Sequence[Hasil], tingkat: str = "", jenis: str = "", urut: str = "baris") -> bytes:
    """A printable list of the findings (A4 landscape), with the same filter as the page."""
    import weasyprint

    dokumen = [
        {"hasil": h, "ringkas": ringkas(h), "temuan": saring(h.findings, tingkat, jenis, urut)}
        for h in semua
    ]
    html = render_to_string(
        "pemeriksa/cetak.html",
        {
            "dokumen": dokumen,
            "judul_tingkat": JUDUL_TINGKAT,
            "judul_jenis": JUDUL_JENIS,
            "saringan": {
                "tingkat": JUDUL_TINGKAT.get(tingkat, ""),
                "jenis": JUDUL_JENIS.get(jenis, jenis),
            },
        },
    )
    return weasyprint.HTML(string=html).write_pdf(stylesheets=[weasyprint.CSS(string=CSS_CETAK)])
