"""The worksheet as an XLSX in the LKE export's layout (EVALUASI.md A.3.1), for evaluators who
keep their spreadsheet: one row per sub-component with its answer and value, one per criterion."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from sakip.lib import lke as aturan_lke

from .lembar import Lembar

KOLOM = [
    "Kode",
    "Komponen / Sub-komponen / Kriteria",
    "Bobot",
    "Pemenuhan Kriteria (Ada/Tidak Ada, Nilai)",
    "Terpenuhi dan sesuai kebijakan Mandat Nasional",
    "Terpenuhi dan telah dipertahankan dalam setidaknya 1 tahun terakhir",
    "Terpenuhi dan telah dipertahankan dalam setidaknya 5 tahun terakhir",
    "Hasil Evaluasi",
    "Nilai Hasil Evaluasi",
    "Sumber",
    "Catatan evaluator",
    "Bukti",
]
TEBAL = Font(bold=True)
_YA = {True: "Ya", False: "Tidak"}


def _ada(nilai: bool | None) -> str:
    return {True: "Ada (1)", False: "Tidak Ada (0)", None: ""}[nilai]


def buat_xlsx(lb: Lembar) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = f"LKE {lb.tahun}"
    ws.append([f"Lembar Kerja Evaluasi AKIP {lb.tahun} — {lb.satker.nama_sekretariat}"])
    ws.append([f"{lb.kerangka_nama}; status: {lb.status}"])
    ws.append(KOLOM)
    for sel in ws[3]:
        sel.font = TEBAL
        sel.alignment = Alignment(wrap_text=True, vertical="top")
    hasil = lb.penetapan or lb.usulan
    for (nomor, nama, bobot, subs), hk in zip(lb.komponen, hasil.komponen, strict=True):
        ws.append([str(nomor), nama, float(bobot), None, None, None, None, None, float(hk.nilai)])
        for sel in ws[ws.max_row]:
            sel.font = TEBAL
        for s in subs:
            h = s.penetapan or s.usulan
            mandat = aturan_lke.URUTAN_JAWABAN.index(h.jawaban) <= aturan_lke.URUTAN_JAWABAN.index(
                "BB"
            )
            ws.append(
                [
                    s.kode,
                    s.nama,
                    float(s.bobot),
                    f"{h.terpenuhi}/{h.jumlah}",
                    None,
                    None,
                    None,
                    h.jawaban,
                    float(h.nilai),
                ]
            )
            for c in s.kriteria:
                j = c.jawaban
                ws.append(
                    [
                        c.kode,
                        c.teks,
                        None,
                        _ada(j),
                        _YA[bool(j and mandat)] if j is not None else "",
                        _YA[bool(j and c.dipertahankan_1)] if j is not None else "",
                        _YA[bool(j and c.dipertahankan_5)] if j is not None else "",
                        None,
                        None if j is None else int(j),
                        c.sumber,
                        c.catatan_evaluator,
                        c.bukti,
                    ]
                )
    ws.append(
        [
            "",
            "Nilai Akuntabilitas Kinerja",
            100.0,
            None,
            None,
            None,
            None,
            hasil.predikat,
            float(aturan_lke.bulatkan(hasil.nilai)),
        ]
    )
    for sel in ws[ws.max_row]:
        sel.font = TEBAL
    for huruf, lebar in zip(
        "ABCDEFGHIJKL", (8, 70, 8, 16, 14, 16, 16, 10, 10, 10, 30, 30), strict=True
    ):
        ws.column_dimensions[huruf].width = lebar
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
