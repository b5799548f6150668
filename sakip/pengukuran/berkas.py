"""Evidence files: type by content, size limit, safe display names, hash, download header."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zipfile
from urllib.parse import quote

import filetype
from django.conf import settings

from sakip.lib.angka import format_angka
from sakip.lib.jenis_berkas import nama_jenis

JENIS_GAMBAR_PDF = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}
MIME = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
DITERIMA = "PDF, JPG, PNG, DOCX atau XLSX"
MB = 1024 * 1024
# An office document is a zip: refused when it unpacks to more than this, holds more files, or
# one member is packed more than MAKS_RASIO times (a "zip bomb" made to exhaust the server).
MAKS_TERURAI = 200 * MB
MAKS_ANGGOTA = 5000
MAKS_RASIO = 200
# Active content in a PDF: scripts, actions that launch programs, embedded or attached files.
_PDF_AKTIF = {
    b"/javascript": "JavaScript",
    b"/js": "JavaScript",
    b"/launch": "perintah menjalankan program (Launch)",
    b"/embeddedfile": "berkas tersemat (EmbeddedFile)",
    b"/embeddedfiles": "berkas tersemat (EmbeddedFiles)",
    b"/richmedia": "media aktif (RichMedia)",
}
_NAMA_PDF = re.compile(rb"/[^\s/<>\[\]()%{}]+")
_HEKS_PDF = re.compile(rb"#([0-9a-fA-F]{2})")
# Markup that makes an image a polyglot a browser could run as a page.
_MARKUP = re.compile(
    rb"<\s*(?:script|html|body|iframe|svg|object|embed|meta|!doctype)\b|javascript:", re.I
)


class BerkasError(ValueError):
    """An upload that is refused; the message tells the user what to do."""


def batas_bita() -> int:
    return settings.SAKIP_UPLOAD_MAX_MB * MB


def periksa_ukuran(ukuran: int) -> None:
    if ukuran <= 0:
        raise BerkasError("Berkas kosong (0 bita): pilih berkas yang berisi dokumen.")
    if ukuran > batas_bita():
        raise BerkasError(
            f"Berkas berukuran {format_angka(ukuran / MB, 1)} MB melebihi batas "
            f"{settings.SAKIP_UPLOAD_MAX_MB} MB. Perkecil atau pisahkan berkasnya."
        )


def kenali_jenis(berkas) -> str:
    """'pdf', 'jpg', 'png', 'docx' or 'xlsx' from the bytes of the file, never from its name."""
    berkas.seek(0)
    kepala = berkas.read(8192)
    berkas.seek(0)
    jenis = filetype.guess(kepala)
    if jenis is None:
        raise BerkasError(f"Isi berkas tidak dikenali sebagai {DITERIMA}, apa pun nama berkasnya.")
    if jenis.mime in JENIS_GAMBAR_PDF:
        hasil = JENIS_GAMBAR_PDF[jenis.mime]
        isi = _semua(berkas)
        if hasil == "pdf":
            periksa_pdf(isi)
        else:
            periksa_gambar(isi, hasil)
        return hasil
    if jenis.extension in {"zip", "docx", "xlsx"}:
        try:
            with zipfile.ZipFile(berkas) as arsip:
                anggota = arsip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise BerkasError("Berkas rusak: arsip DOCX/XLSX tidak dapat dibaca.") from exc
        finally:
            berkas.seek(0)
        periksa_arsip(anggota)
        isi = {a.filename for a in anggota}
        if "word/document.xml" in isi:
            return "docx"
        if "xl/workbook.xml" in isi:
            return "xlsx"
        raise BerkasError(
            f"Berkas ZIP ini bukan dokumen Word (DOCX) atau Excel (XLSX); unggah {DITERIMA}."
        )
    raise BerkasError(f"Berkas ini {nama_jenis(jenis.mime)}, tidak diterima; unggah {DITERIMA}.")


def _semua(berkas) -> bytes:
    berkas.seek(0)
    isi = berkas.read()
    berkas.seek(0)
    return isi


def periksa_pdf(isi: bytes) -> None:
    """Refuse a PDF with JavaScript, launch actions or embedded files (names may hide as #xx)."""
    for nama in set(_NAMA_PDF.findall(isi)):
        polos = _HEKS_PDF.sub(lambda m: bytes([int(m.group(1), 16)]), nama).lower()
        if polos in _PDF_AKTIF:
            raise BerkasError(
                f"PDF ini memuat {_PDF_AKTIF[polos]}; bukti dukung harus PDF biasa tanpa isi "
                "aktif. Cetak ulang ke PDF (Print to PDF) lalu unggah lagi."
            )
    # names inside compressed object streams are not in the bytes: ask PDFium as well
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        dok = pdfium.PdfDocument(isi)
    except Exception:  # PDFium cannot parse it: no viewer built on it runs anything in it
        return
    try:
        if pdfium_c.FPDFDoc_GetJavaScriptActionCount(dok.raw) > 0:
            raise BerkasError(
                "PDF ini memuat JavaScript; bukti dukung harus PDF biasa tanpa isi aktif. "
                "Cetak ulang ke PDF (Print to PDF) lalu unggah lagi."
            )
        if pdfium_c.FPDFDoc_GetAttachmentCount(dok.raw) > 0:
            raise BerkasError(
                "PDF ini memuat berkas tersemat (lampiran); unggah setiap berkas bukti sendiri."
            )
    finally:
        dok.close()


def periksa_gambar(isi: bytes, jenis: str) -> None:
    """Refuse an image that also carries HTML or script (a polyglot), or data after its end."""
    if _MARKUP.search(isi):
        raise BerkasError(
            f"Gambar {jenis.upper()} ini juga memuat kode HTML/skrip (berkas poliglot); simpan "
            "ulang gambarnya dari aplikasi gambar lalu unggah lagi."
        )
    akhir = {"png": b"IEND\xaeB`\x82", "jpg": b"\xff\xd9"}[jenis]
    letak = isi.rfind(akhir)
    if letak < 0 or len(isi) - (letak + len(akhir)) > 1024:
        raise BerkasError(
            f"Gambar {jenis.upper()} ini rusak atau membawa data lain setelah akhir gambarnya; "
            "simpan ulang gambarnya lalu unggah lagi."
        )


def periksa_arsip(anggota) -> None:
    """A DOCX/XLSX that unpacks to far more than its size is refused before anything reads it."""
    if len(anggota) > MAKS_ANGGOTA:
        raise BerkasError(
            f"Dokumen ini berisi {format_angka(len(anggota))} bagian (paling banyak "
            f"{format_angka(MAKS_ANGGOTA)}); berkas tidak wajar."
        )
    total = sum(a.file_size for a in anggota)
    if total > MAKS_TERURAI:
        raise BerkasError(
            f"Dokumen ini terurai menjadi {format_angka(total / MB, 1)} MB (paling banyak "
            f"{format_angka(MAKS_TERURAI / MB)} MB); berkas dibuat untuk membebani server."
        )
    for a in anggota:
        if a.file_size > MB and a.file_size > MAKS_RASIO * max(a.compress_size, 1):
            raise BerkasError(
                f"Bagian {a.filename} dokumen ini termampatkan "
                f"{format_angka(a.file_size // max(a.compress_size, 1))} kali (paling banyak "
                f"{MAKS_RASIO} kali); berkas dibuat untuk membebani server."
            )
    if any(a.filename.lower().endswith("vbaproject.bin") for a in anggota):
        raise BerkasError("Dokumen ini memuat makro (VBA); simpan ulang sebagai DOCX/XLSX biasa.")


def nama_aman(nama: str, jenis: str) -> str:
    """A display name without path, control characters or odd symbols, ending in the real type."""
    nama = unicodedata.normalize("NFKC", nama or "")
    nama = nama.replace("\\", "/").rsplit("/", 1)[-1].lstrip(". ")
    nama = "".join(c for c in nama if unicodedata.category(c)[0] not in {"C", "Z"} or c == " ")
    batang = nama.rsplit(".", 1)[0] if "." in nama else nama
    batang = re.sub(r"[^\w\-() ]+", "_", batang)
    batang = re.sub(r"\s+", " ", batang)
    batang = re.sub(r"_+", "_", batang).strip(" ._-")[:100].strip(" ._-")
    return f"{batang or 'berkas'}.{jenis}"


def sha256(berkas) -> str:
    h = hashlib.sha256()
    berkas.seek(0)
    for potong in berkas.chunks():
        h.update(potong)
    berkas.seek(0)
    return h.hexdigest()


def content_disposition(nama: str) -> str:
    """`attachment` with an ASCII fallback and the exact name as RFC 5987 `filename*`."""
    ascii_nama = unicodedata.normalize("NFKD", nama).encode("ascii", "ignore").decode()
    ascii_nama = re.sub(r"[^A-Za-z0-9._\-() ]", "_", ascii_nama) or "berkas"
    return f"attachment; filename=\"{ascii_nama}\"; filename*=UTF-8''{quote(nama, safe='')}"
