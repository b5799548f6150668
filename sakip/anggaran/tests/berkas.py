"""Build small budget files in memory for the tests."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from openpyxl import Workbook, load_workbook

from sakip.demo.anggaran import BERKAS_DEMO

DEMO = BERKAS_DEMO
SAMPEL = Path(__file__).resolve().parent / "sampel"

KODE_A = "076.01.CQ.6709.QGE.001.051.A.521211"
KODE_B = "076.01.CQ.6709.QGE.001.051.A.524111"
KODE_C = "076.01.WA.3355.EBA.994.001.A.511111"


def xlsx(lembar: dict[str, list[list]]) -> bytes:
    """A workbook with the given sheets and rows (first row = headers)."""
    wb = Workbook()
    wb.remove(wb.active)
    for nama, baris in lembar.items():
        ws = wb.create_sheet(nama)
        for b in baris:
            ws.append(b)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def dipa_kecil(**tambahan: list[list]) -> bytes:
    """Three lines (two types of spending, two ROs) plus any extra sheets."""
    lembar = {
        "pagu": [
            ["kode", "uraian", "pagu"],
            ["076.01.CQ", "Penyelenggaraan Pemilu", None],
            [KODE_A, "Belanja Bahan", 1000000],
            [KODE_B, "Belanja Perjalanan Dinas Biasa", "2.500.000,00"],
            [KODE_C, "Belanja Gaji Pokok PNS", 3000000],
        ],
    }
    lembar.update(tambahan)
    return xlsx(lembar)


def sakti(nama: str) -> bytes:
    """One of the two real GLP039 samples (copies kept in tests/sampel)."""
    return (SAMPEL / nama).read_bytes()


def ubah_sakti(nama: str, ubah) -> bytes:
    """A GLP039 sample changed by ubah(worksheet), saved back to bytes (data cells unmerged)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # SAKTI writes no default style
        wb = load_workbook(io.BytesIO(sakti(nama)))
    ws = wb.active
    for rentang in list(ws.merged_cells.ranges):
        if rentang.min_row >= 9:
            ws.unmerge_cells(str(rentang))
    ubah(ws)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
