"""Reading an LKj document (text, Markdown, DOCX, PDF) into numbered lines with pages."""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 200 * 1024 * 1024


class DokumenError(ValueError):
    """A document that cannot be read; the message says why, in Bahasa Indonesia."""


@dataclass(frozen=True)
class Baris:
    """One line of the text as read: 1-based number, page where known, and its text."""

    nomor: int
    teks: str
    halaman: int | None = None


@dataclass
class Dokumen:
    """The lines of a document, in reading order."""

    nama: str
    jenis: str
    baris: list[Baris]


def dari_teks(teks: str, nama: str = "teks", jenis: str = "teks") -> Dokumen:
    """Number the lines of a plain text."""
    teks = teks.replace("\r\n", "\n").replace("\r", "\n")
    return Dokumen(nama, jenis, [Baris(i, t) for i, t in enumerate(teks.split("\n"), 1)])


def _dari_halaman(halaman: list[list[str]], nama: str, jenis: str) -> Dokumen:
    baris: list[Baris] = []
    for nomor_halaman, isi in enumerate(halaman, 1):
        for t in isi:
            baris.append(Baris(len(baris) + 1, t, nomor_halaman))
    return Dokumen(nama, jenis, baris)


def baca_berkas(path: str | Path, nama: str | None = None) -> Dokumen:
    """Read a file from disk; the type is sniffed from its content, not its name."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise DokumenError(f"Berkas '{path}' tidak ditemukan.") from exc
    except IsADirectoryError as exc:
        raise DokumenError(f"'{path}' adalah folder, bukan berkas.") from exc
    except OSError as exc:
        raise DokumenError(f"Berkas '{path}' tidak dapat dibuka: {exc.strerror}.") from exc
    return baca_bytes(data, nama or path.name)


def jenis_isi(data: bytes) -> str:
    """'pdf', 'docx' or 'teks' from the first bytes; DokumenError for anything else."""
    if not data.strip():
        raise DokumenError("Berkas kosong: tidak ada teks untuk diperiksa.")
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile as exc:
            raise DokumenError("Berkas ZIP/DOCX rusak dan tidak dapat dibuka.") from exc
        raise DokumenError(
            "Berkas ini arsip ZIP (mis. XLSX atau ODT), bukan dokumen yang didukung. "
            "Unggah PDF, DOCX, atau teks."
        )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "teks"
    sampel = data[:65536]
    if b"\x00" in sampel:
        raise DokumenError(
            "Berkas ini bukan teks, PDF, atau DOCX (isinya data biner). "
            "Unggah laporan dalam format PDF, DOCX, atau teks."
        )
    kendali = sum(1 for b in sampel if b < 32 and b not in (9, 10, 12, 13))
    if kendali > len(sampel) * 0.05:
        raise DokumenError(
            "Berkas ini bukan teks, PDF, atau DOCX (terlalu banyak karakter kendali)."
        )
    return "teks"


def baca_bytes(data: bytes, nama: str = "dokumen") -> Dokumen:
    """Read a document held in memory."""
    if len(data) > MAX_BYTES:
        raise DokumenError("Berkas terlalu besar untuk diperiksa (lebih dari 200 MB).")
    jenis = jenis_isi(data)
    if jenis == "pdf":
        dok = _baca_pdf(data, nama)
    elif jenis == "docx":
        dok = _baca_docx(data, nama)
    else:
        dok = dari_teks(_dekode(data), nama)
    if not any(b.teks.strip() for b in dok.baris):
        raise DokumenError("Dokumen tidak memuat teks apa pun untuk diperiksa.")
    return dok


def _dekode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DokumenError("Berkas UTF-16 ini rusak dan tidak dapat dibaca.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Windows tools save Latin-1/CP-1252; latin-1 accepts every byte.
        return data.decode("latin-1")


def _baca_docx(data: bytes, nama: str) -> Dokumen:
    import docx
    from docx.oxml.ns import qn

    try:
        berkas = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise DokumenError("Berkas DOCX rusak atau tidak dapat dibaca.") from exc
    baris: list[str] = []
    for elemen in berkas.element.body.iterchildren():
        if elemen.tag == qn("w:p"):
            teks = "".join(t.text or "" for t in elemen.iter(qn("w:t")))
            baris.extend(teks.split("\n"))
        elif elemen.tag == qn("w:tbl"):
            baris.extend(_baris_tabel_docx(elemen, qn))
    return dari_teks("\n".join(baris), nama, "docx")


def _baris_tabel_docx(tbl, qn) -> list[str]:
    """Each table row as one tab-separated line; merged cells keep the grid's columns."""
    hasil = []
    for tr in tbl.iter(qn("w:tr")):
        sel: list[str] = []
        for tc in tr.iterchildren(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            rentang, lanjut = 1, False
            if tcpr is not None:
                span = tcpr.find(qn("w:gridSpan"))
                if span is not None:
                    rentang = int(span.get(qn("w:val"), "1"))
                vmerge = tcpr.find(qn("w:vMerge"))
                lanjut = vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue")
            paragraf = [
                "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))
            ]
            teks = "" if lanjut else " ".join(p.strip() for p in paragraf if p.strip())
            sel.extend([teks.replace("\t", " ")] + [""] * (rentang - 1))
        hasil.append("\t".join(sel))
    return hasil


def _baca_pdf(data: bytes, nama: str) -> Dokumen:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            halaman = [_teks_halaman_pdf(p) for p in pdf.pages]
    except Exception as exc:  # pdfminer raises many kinds on a damaged file
        # pdfplumber wraps pdfminer's errors: look at the cause for a password.
        sebab = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(sebab, PDFPasswordIncorrect) or isinstance(exc, PDFPasswordIncorrect):
            raise DokumenError(
                "PDF ini dikunci dengan kata sandi; buka kuncinya dahulu lalu unggah lagi."
            ) from exc
        raise DokumenError("Berkas PDF rusak atau tidak dapat dibaca.") from exc
    if not halaman:
        raise DokumenError("PDF ini tidak memiliki halaman.")
    if not any(t.strip() for isi in halaman for t in isi):
        raise DokumenError(
            "PDF ini tidak memiliki lapisan teks (kemungkinan hasil pindaian/gambar); "
            "jalankan OCR terlebih dahulu atau unggah versi DOCX/PDF aslinya."
        )
    return _dari_halaman(halaman, nama, "pdf")


_SPASI = re.compile(r"[ \u00a0]+")


def _teks_halaman_pdf(page) -> list[str]:
    """Text lines of a page with ruled tables put back as tab-separated rows, top to bottom."""
    potongan: list[tuple[float, list[str]]] = []
    tabel = page.find_tables() if page.edges else []
    kotak = [t.bbox for t in tabel]

    def di_luar(obj) -> bool:
        tengah_x = (obj["x0"] + obj["x1"]) / 2
        tengah_y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= tengah_x <= x1 and t <= tengah_y <= b for x0, t, x1, b in kotak)

    sisa = page.filter(di_luar) if kotak else page
    for garis in sisa.extract_text_lines(return_chars=False):
        potongan.append((garis["top"], [garis["text"]]))
    for t in tabel:
        isi = []
        for row in t.extract():
            sel = [_SPASI.sub(" ", (c or "").replace("\n", " ")).strip() for c in row]
            isi.append("\t".join(sel))
        potongan.append((t.bbox[1], isi))
    potongan.sort(key=lambda p: p[0])
    return [teks for _, isi in potongan for teks in isi]
