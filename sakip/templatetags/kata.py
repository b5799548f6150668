"""Plain-words filters: periods, authenticity codes, file types, formulas, workflow states.

Every page says these things the same way through here; the rules they use are in
`sakip.lib` (`periode`, `rumus`).
"""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from sakip.lib.jenis_berkas import nama_jenis
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


PANJANG_KODE = 10
PENJELASAN_KODE = {
    "berkas": "Kode keaslian: sidik SHA-256 berkas ini. Bila berkasnya diubah walau satu huruf, "
    "kodenya berubah; bandingkan kode berkas yang Anda terima dengan kode di sini.",
    "data": "Kode data: sidik SHA-256 data yang dipakai membuat dokumen. Kode berubah bila data "
    "kantor berubah, sehingga dokumen dibuat ulang.",
}


@register.filter
def kode_keaslian(sidik, jenis="berkas"):
    """A SHA-256 shortened and explained, the full value on request (click).

    {{ v.sha256_pdf|kode_keaslian }} ('kode keaslian 29f7fb7857…'), {{ k.kunci|kode_keaslian:"data" }}.
    """
    if not sidik:
        return "—"
    sidik = str(sidik)
    label = "kode data" if jenis == "data" else "kode keaslian"
    return format_html(
        '<details class="kode-keaslian d-inline-block" data-testid="kode-keaslian">'
        '<summary title="{}">{} <code>{}…</code></summary>'
        '<code class="text-break small">{}</code></details>',
        PENJELASAN_KODE.get(jenis, PENJELASAN_KODE["berkas"]),
        label,
        sidik[:PANJANG_KODE],
        sidik,
    )


@register.filter
def jenis_berkas(jenis):
    """A content type or file kind by name: 'application/x-msdownload' -> 'program Windows (EXE)'."""
    return nama_jenis(jenis)


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
