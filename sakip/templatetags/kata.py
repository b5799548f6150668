"""Plain-words filters: periods, authenticity codes, file types, formulas, workflow states.

Every page says these things the same way through here; the rules they use are in
`sakip.lib` (`periode`, `rumus`).
"""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from sakip.lib.periode import ROMAWI, Triwulan
from sakip.lib.rumus import label_besaran, rumus_kata

register = template.Library()


@register.filter
def romawi(nomor):
    """{{ 2|romawi }} -> 'II'."""
    try:
        return ROMAWI[int(nomor)]
    except (KeyError, TypeError, ValueError):
        return ""


@register.filter
def periode(nilai, triwulan=None):
    """A quarter as people write it: Triwulan(2024, 1), '2024-TW1' or {{ 2024|periode:1 }}
    -> 'TW I 2024'. Anything else is returned as it is."""
    if isinstance(nilai, Triwulan):
        return nilai.nama
    try:
        if triwulan is not None:
            return Triwulan(int(nilai), int(triwulan)).nama
        tahun, _, nomor = str(nilai).partition("-TW")
        return Triwulan(int(tahun), int(nomor)).nama
    except (TypeError, ValueError):
        return nilai


@register.filter
def kode_keaslian(sidik, panjang=10):
    """A SHA-256 (or any long hash) shortened, explained, with the full value on request."""
    if not sidik:
        return "—"
    sidik = str(sidik)
    pendek = sidik[: int(panjang)]
    return format_html(
        '<details class="kode-keaslian d-inline-block" data-testid="kode-keaslian">'
        '<summary title="Kode keaslian: sidik SHA-256 berkas. Bila berkas diubah walau satu '
        'huruf, kodenya berubah.">kode keaslian <code>{}…</code></summary>'
        '<code class="text-break small">{}</code></details>',
        pendek,
        sidik,
    )


# content types by name (the uploads sakip accepts, and what people most often try instead)
NAMA_JENIS = {
    "application/pdf": "dokumen PDF",
    "pdf": "dokumen PDF",
    "image/jpeg": "gambar JPG",
    "jpg": "gambar JPG",
    "image/png": "gambar PNG",
    "png": "gambar PNG",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (
        "dokumen Word (DOCX)"
    ),
    "docx": "dokumen Word (DOCX)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (
        "lembar kerja Excel (XLSX)"
    ),
    "xlsx": "lembar kerja Excel (XLSX)",
    "application/msword": "dokumen Word lama (DOC)",
    "application/vnd.ms-excel": "lembar kerja Excel lama (XLS)",
    "application/x-msdownload": "program Windows (EXE)",
    "application/x-dosexec": "program Windows (EXE)",
    "application/zip": "arsip ZIP",
    "application/x-rar-compressed": "arsip RAR",
    "text/plain": "teks biasa",
    "text/html": "halaman web (HTML)",
    "image/gif": "gambar GIF",
    "image/webp": "gambar WebP",
    "json": "data JSON",
    "application/json": "data JSON",
}


@register.filter
def jenis_berkas(jenis):
    """A content type or file kind by name: 'application/x-msdownload' -> 'program Windows (EXE)'."""
    if not jenis:
        return "berkas tak dikenal"
    return NAMA_JENIS.get(str(jenis).lower(), f"berkas {str(jenis).rsplit('/', 1)[-1].upper()}")


@register.filter
def rumus_dalam_kata(teks):
    """`laporan_tepat_waktu / laporan_total * 100` -> '(Laporan tepat waktu ÷ Laporan total) × 100'."""
    return rumus_kata(teks) if teks else ""


@register.filter
def label_nama(nama):
    """A field or quantity name as a label: 'keputusan_sesuai' -> 'Keputusan sesuai'."""
    return label_besaran(str(nama))


@register.filter
def ambil(peta, kunci):
    """{{ peta|ambil:kunci }}: a dict's value (None when missing)."""
    try:
        return peta.get(kunci)
    except AttributeError:
        return None


# the workflow states that do not count yet, as people read them
BELUM_DISETUJUI = {
    "draf": "draf",
    "diajukan": "diajukan, menunggu verifikasi",
    "terverifikasi": "terverifikasi, menunggu persetujuan",
    "dikembalikan": "dikembalikan kepada PIC",
}


@register.filter
def uraian_status(status):
    """'terverifikasi' -> 'terverifikasi, menunggu persetujuan' ('' for approved or none)."""
    return BELUM_DISETUJUI.get(str(status or ""), "")
