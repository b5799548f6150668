"""The document tree as HTML: the preview page in the app and the source of the PDF."""

from __future__ import annotations

import base64
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


def _siapkan_gambar(dok: Dokumen, untuk: str) -> None:
    """Draw every chart once: inline SVG (real text) for a page. For WeasyPrint a matplotlib
    chart (format_pdf "png") is the same PNG as the DOCX's (one cached drawing for both
    documents; cheaper for WeasyPrint to paint than an SVG, and its axis ticks stay out of
    the PDF's text, which the checker reads); a drawing given as HTML (format_pdf "html",
    the pohon kinerja) goes in as it is: WeasyPrint paints an SVG's text letter by letter,
    and a drawing taller than a page would be cut off; any other drawing stays SVG."""
    for b in dok.bagian:
        for blok in b.blok:
            if isinstance(blok, Gambar) and not hasattr(blok, "markup"):
                if untuk == "pdf" and blok.format_pdf == "png":
                    data = base64.b64encode(blok.buat("png")).decode()
                    blok.markup = f'<img src="data:image/png;base64,{data}" alt="{blok.judul}">'
                elif untuk == "pdf" and blok.format_pdf == "html":
                    blok.markup = blok.buat("html")
                elif untuk == "pdf":
                    data = base64.b64encode(blok.buat("svg").encode()).decode()
                    blok.markup = f'<img src="data:image/svg+xml;base64,{data}" alt="{blok.judul}">'
                else:
                    blok.markup = blok.buat("svg")


def konteks(dok: Dokumen, untuk: str = "web") -> dict:
    """Template context shared by the preview and the print template."""
    _siapkan_gambar(dok, untuk)
    depan: list[Bagian] = [b for b in dok.bagian if b.depan]
    isi = [b for b in dok.bagian if not b.depan]
    nama = dok.sampul.satker.nama_sekretariat if dok.sampul else dok.kepala.split(" · ")[-1]
    return {
        "dok": dok,
        "depan": depan,
        "isi": isi,
        "daftar_isi": daftar_isi(dok),
        "satker_nama": nama,
        "logo_sampul": logo.data_uri(dok.sampul.satker.logo) if dok.sampul else "",
    }


def html_cetak(dok: Dokumen) -> str:
    """A standalone HTML document for WeasyPrint (print CSS is added by pdf.py)."""
    return render_to_string("laporan/cetak.html", konteks(dok, "pdf"))


def html_pratinjau(dok: Dokumen) -> str:
    """The document as a fragment for the preview page."""
    return render_to_string("laporan/_dokumen.html", konteks(dok, "web"))
