"""The PDF: Typst lays out the document tree (susun.py) with the template dokumen.typ.

The tree goes to Typst as data, never as markup: `data()` turns it into plain JSON (every
text a JSON string, which the template places as text, so a '#', '*' or '$' typed into a
narrative stays a character) and the drawings into files beside it. Typst's layout is
compiled code: the demo LKj takes about 0.07 s, where WeasyPrint took 1.7 s to lay out the
same document as HTML (docs/ARCHITECTURE.md, "Speed").

Fonts are the system's (Liberation Serif and Sans, DejaVu Sans, as the web preview names
them), found once per process; on a machine without them Typst falls back to the fonts it
carries. The output is deterministic: no creation date is written, so the same data gives
the same bytes.
"""

from __future__ import annotations

import io
import json
import tempfile
import threading
from dataclasses import fields
from pathlib import Path

from sakip.lib.nilai import tanpa_putus
from sakip.lib.pohon import WARNA, Simpul

from . import logo
from .html import daftar_isi
from .susun import Bagian, Dokumen, Gambar, Sel, Tabel

TEMPLAT = Path(__file__).with_name("dokumen.typ")
LOGO_MAKS_MM = (60.0, 28.0)  # width, height of the cover's logo box

_kunci = threading.Lock()
_huruf = None


class PdfError(RuntimeError):
    """Typst refused the document: a defect of sakip, never of the user's data."""


def _fonts():
    """The system's fonts, scanned once per process (about 40 ms)."""
    global _huruf
    if _huruf is None:
        import typst

        _huruf = typst.Fonts(include_system_fonts=True, include_embedded_fonts=True)
    return _huruf


def _sel(c: Sel, kepala: bool = False) -> dict:
    teks = tanpa_putus(c.teks)
    if c.rata != "kiri" and not kepala:  # figures and row numbers stay on one line
        teks = "\n".join(b.replace(" ", "\u00a0") for b in teks.split("\n"))
    return {"teks": teks, "rata": c.rata, "kolom": c.kolom, "baris": c.baris, "tebal": c.tebal}


def _simpul(s: Simpul) -> dict:
    latar, tulisan = WARNA.get(s.jenis, WARNA["indikator"])
    return {
        "teks": s.teks,
        "catatan": s.catatan,
        "latar": latar,
        "tulisan": tulisan,
        "anak": [_simpul(a) for a in s.anak],
    }


class _Berkas:
    """The drawings written beside data.json, named by their order."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.n = 0

    def tulis(self, isi: bytes, akhiran: str) -> str:
        self.n += 1
        nama = f"gambar-{self.n}.{akhiran}"
        (self.folder / nama).write_bytes(isi)
        return nama


def _blok(blok, berkas: _Berkas) -> dict:
    hasil = {"jenis": blok.jenis}
    if isinstance(blok, Tabel):
        hasil.update(
            nomor=blok.nomor,
            judul=tanpa_putus(blok.judul),
            kepala=[[_sel(c, kepala=True) for c in baris] for baris in blok.kepala],
            isi=[[_sel(c) for c in baris] for baris in blok.isi],
            kaki=[[_sel(c) for c in baris] for baris in blok.kaki],
            lebar=[round(100 * float(w) / float(sum(blok.lebar)), 3) for w in blok.lebar],
            kecil=blok.kecil,
            catatan=tanpa_putus(blok.catatan),
            utuh=blok.utuh,
        )
    elif isinstance(blok, Gambar):
        hasil.update(nomor=blok.nomor, judul=blok.judul, lebar=float(blok.lebar))
        if blok.format_pdf == "pohon":
            hasil["pohon"] = [_simpul(s) for s in blok.buat("pohon")]
        elif blok.format_pdf == "png":
            hasil["berkas"] = berkas.tulis(blok.buat("png"), "png")
        else:
            hasil["berkas"] = berkas.tulis(blok.buat("svg").encode(), "svg")
    else:
        for f in fields(blok):
            nilai = getattr(blok, f.name)
            if isinstance(nilai, str):
                nilai = tanpa_putus(nilai)
            elif f.name == "butir":
                nilai = [tanpa_putus(b) for b in nilai]
            elif f.name == "pasangan":
                nilai = [[label, tanpa_putus(isi)] for label, isi in nilai]
            hasil[f.name] = nilai
    return hasil


def _judul(blok) -> bool:
    return getattr(blok, "gaya", None) == "judul"


def _bagian(b: Bagian, berkas: _Berkas) -> dict:
    blok = [_blok(x, berkas) for x in b.blok]
    for n, x in enumerate(b.blok):  # title lines keep together; 6 mm after the last
        if _judul(x):
            blok[n]["akhir_judul"] = n + 1 == len(b.blok) or not _judul(b.blok[n + 1])
    return {
        "kunci": b.kunci,
        "label": b.label,
        "judul": b.judul,
        "tingkat": b.tingkat,
        "halaman_baru": b.halaman_baru,
        "di_daftar_isi": b.di_daftar_isi,
        "blok": blok,
    }


def _logo(nama: str, berkas: _Berkas) -> dict | None:
    isi = logo.baca(nama)
    if not isi:
        return None
    from PIL import Image

    with Image.open(io.BytesIO(isi)) as gambar:
        w, h = gambar.size
        akhiran = "jpg" if gambar.format == "JPEG" else "png"
    maks_w, maks_h = LOGO_MAKS_MM
    return {"berkas": berkas.tulis(isi, akhiran), "lebar": round(min(maks_w, maks_h * w / h), 2)}


def data(dok: Dokumen, folder: Path) -> dict:
    """The document as plain JSON for dokumen.typ; its drawings are written into `folder`."""
    berkas = _Berkas(folder)
    nama = dok.instansi
    sampul = None
    if dok.sampul:
        s = dok.sampul
        sampul = {
            "nama": s.satker.nama,
            "lembaga": s.lembaga,
            "judul": s.judul,
            "subjudul": s.subjudul,
            "instansi": s.satker.nama_sekretariat,
            "induk": s.satker.induk,
            "alamat": s.satker.alamat,
            "situs": s.satker.situs,
            "logo": _logo(s.satker.logo, berkas),
        }
    return {
        "meta": {
            "judul": f"{dok.judul} — {nama}",
            "penulis": nama,
            "kata_kunci": ["SAKIP", "Laporan Kinerja", nama],
        },
        "kepala": dok.kepala,
        "kepala_isi": dok.jenis != "pk",  # the PK's sheets are a form, without a header
        "sampul": sampul,
        "daftar_isi": [
            {"kunci": e.kunci, "judul": e.judul_lengkap, "tingkat": e.tingkat}
            for e in daftar_isi(dok)
        ],
        "depan": [_bagian(b, berkas) for b in dok.bagian if b.depan],
        "isi": [_bagian(b, berkas) for b in dok.bagian if not b.depan],
    }


def buat_pdf(dok: Dokumen) -> bytes:
    """PDF bytes of the document, A4, fonts embedded (subset) by Typst."""
    import typst

    with tempfile.TemporaryDirectory(prefix="sakip-pdf-") as sementara:
        folder = Path(sementara)
        isi = data(dok, folder)
        (folder / "data.json").write_text(json.dumps(isi, ensure_ascii=False), encoding="utf-8")
        try:
            with _kunci:  # one Typst compilation at a time per process (its fonts are shared)
                return typst.compile(  # the template reads data.json from the root folder
                    TEMPLAT.read_bytes(), root=str(folder), font_paths=_fonts(), format="pdf"
                )
        except typst.TypstError as exc:
            raise PdfError(f"Typst: {exc.message}") from exc
