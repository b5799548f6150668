"""The document tree as HTML: the preview page in the app (the PDF is Typst's, pdf.py)."""

from __future__ import annotations

from dataclasses import dataclass

from django.template.loader import render_to_string

from . import logo
from .susun import Bagian, Dokumen, Gambar


@dataclass
class EntriDaftarIsi:
    kunci: str
    judul_lengkap: str
    tingkat: int
    depan: bool


def daftar_isi(dok: Dokumen) -> list[EntriDaftarIsi]:
    """Entries of the table of contents: chapters and their sections, in order."""
    return [
        EntriDaftarIsi(b.kunci, b.judul_lengkap, b.tingkat, b.depan)
        for b in dok.bagian
        if b.di_daftar_isi and b.tingkat <= 2 and b.judul
    ]


def _siapkan_gambar(dok: Dokumen) -> None:
    """Draw every chart once, as inline SVG (its text stays text on the page)."""
    for b in dok.bagian:
        for blok in b.blok:
            if isinstance(blok, Gambar) and not hasattr(blok, "markup"):
                blok.markup = blok.buat("svg")


def konteks(dok: Dokumen) -> dict:
    """Template context of the preview."""
    _siapkan_gambar(dok)
    depan: list[Bagian] = [b for b in dok.bagian if b.depan]
    isi = [b for b in dok.bagian if not b.depan]
    return {
        "dok": dok,
        "depan": depan,
        "isi": isi,
        "daftar_isi": daftar_isi(dok),
        "logo_sampul": logo.data_uri(dok.sampul.satker.logo) if dok.sampul else "",
    }


def html_pratinjau(dok: Dokumen) -> str:
    """The document as a fragment for the preview page."""
    return render_to_string("laporan/_dokumen.html", konteks(dok))
