"""The one XLSX writer of table pages: typed columns, numbers stored as numbers.

Every table page (measurement, budget, work list, checker findings, office list) writes
its download through `tulis`. A figure is a number cell with a number format, never
text: OOXML stores formats in the invariant syntax (`#,##0.00`, with `,` for thousands
and `.` for decimals), and Excel or LibreOffice in an Indonesian locale shows them as
`1.234.567,89`. Dates are date cells shown `d mmmm yyyy`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

# jenis -> number format of the cells of that column
FORMAT = {
    "teks": "@",
    "bulat": "#,##0",
    "angka": "#,##0.00",  # with `desimal` decimals
    "persen": '#,##0.00" %"',  # the number is already a percentage (85.71, not 0.8571)
    "rupiah": '"Rp"#,##0',
    "tanggal": "d mmmm yyyy",
}
LEBAR_BAWAAN = {"teks": 30, "bulat": 8, "angka": 16, "persen": 12, "rupiah": 20, "tanggal": 18}
BATAS_TEKS = 32767  # the longest text an XLSX cell holds


@dataclass(frozen=True)
class Kolom:
    """A column: its heading, kind (a key of FORMAT), decimals and width in characters."""

    judul: str
    jenis: str = "teks"
    desimal: int | None = None
    lebar: int | None = None

    def __post_init__(self) -> None:
        if self.jenis not in FORMAT:
            raise ValueError(f"jenis kolom tidak dikenal: {self.jenis}")

    @property
    def format(self) -> str:
        if self.desimal is None or self.jenis not in {"angka", "persen", "rupiah"}:
            return FORMAT[self.jenis]
        pecahan = "." + "0" * self.desimal if self.desimal else ""
        return {
            "angka": f"#,##0{pecahan}",
            "persen": f'#,##0{pecahan}" %"',
            "rupiah": f'"Rp"#,##0{pecahan}',
        }[self.jenis]


_ANGKA_ID = re.compile(r"^(?:Rp ?)?(-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)(?: ?%)?$")


def angka_bila_bisa(teks):
    """A figure written the Indonesian way ('29.596.488.000', '85,71 %', 'Rp1.000') as a
    Decimal, so it becomes a number cell; any other text is returned as it is."""
    if not isinstance(teks, str):
        return teks
    m = _ANGKA_ID.match(teks.strip())
    if not m:
        return teks
    return Decimal(m.group(1).replace(".", "").replace(",", "."))


def _isi(nilai, kolom: Kolom):
    """A cell's value: numbers as int/float (Decimal kept exact up to 15 digits), dates as dates."""
    if nilai is None or nilai == "":
        return None
    if kolom.jenis in {"bulat", "angka", "persen", "rupiah"} and isinstance(
        nilai, (int, float, Decimal)
    ):
        if isinstance(nilai, Decimal):
            return int(nilai) if nilai == nilai.to_integral_value() else float(nilai)
        return nilai
    if kolom.jenis == "tanggal" and isinstance(nilai, (date, datetime)):
        return nilai.replace(tzinfo=None) if isinstance(nilai, datetime) else nilai
    teks = str(nilai)
    return teks[:BATAS_TEKS]


@dataclass(frozen=True)
class Lembar:
    """One sheet: a title row, optional notes, the header, then the rows."""

    judul: str
    kolom: Sequence[Kolom]
    baris: Iterable[Sequence]
    nama: str = "Data"
    catatan: Sequence[str] = ()


def _isi_lembar(ws, lembar: Lembar) -> None:
    kolom = lembar.kolom
    ws.title = lembar.nama[:31]
    ws.append([lembar.judul])
    ws.cell(1, 1).font = Font(bold=True, size=13)
    for c in lembar.catatan:
        ws.append([c])
    ws.append([])
    kepala = ws.max_row + 1
    ws.append([k.judul for k in kolom])
    isi_kepala = PatternFill("solid", fgColor="DDE4EE")
    for j, k in enumerate(kolom, start=1):
        sel = ws.cell(kepala, j)
        sel.font = Font(bold=True)
        sel.fill = isi_kepala
        sel.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(j)].width = k.lebar or LEBAR_BAWAAN[k.jenis]
    for b in lembar.baris:
        if len(b) != len(kolom):
            raise ValueError(f"baris berisi {len(b)} nilai untuk {len(kolom)} kolom")
        ws.append([_isi(v, k) for v, k in zip(b, kolom, strict=True)])
        i = ws.max_row
        for j, k in enumerate(kolom, start=1):
            sel = ws.cell(i, j)
            if sel.value is None:
                continue
            if isinstance(sel.value, str):
                sel.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                sel.number_format = k.format
    ws.freeze_panes = ws.cell(kepala + 1, 1)
    akhir = get_column_letter(len(kolom))
    ws.auto_filter.ref = f"A{kepala}:{akhir}{max(ws.max_row, kepala)}"


def tulis_buku(lembar: Sequence[Lembar]) -> bytes:
    """A workbook of several sheets as bytes (the header rows frozen and filtered)."""
    if not lembar:
        raise ValueError("buku kerja tanpa lembar")
    wb = Workbook()
    _isi_lembar(wb.active, lembar[0])
    for lb in lembar[1:]:
        _isi_lembar(wb.create_sheet(), lb)
    keluaran = io.BytesIO()
    wb.save(keluaran)
    return keluaran.getvalue()


def tulis(
    judul: str,
    kolom: Sequence[Kolom],
    baris: Iterable[Sequence],
    *,
    lembar: str = "Data",
    catatan: Sequence[str] = (),
) -> bytes:
    """One table as a workbook of one sheet."""
    return tulis_buku([Lembar(judul, kolom, baris, lembar, catatan)])
