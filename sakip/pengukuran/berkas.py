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
        return JENIS_GAMBAR_PDF[jenis.mime]
    if jenis.extension in {"zip", "docx", "xlsx"}:
        try:
            with zipfile.ZipFile(berkas) as arsip:
                isi = set(arsip.namelist())
        except (zipfile.BadZipFile, OSError) as exc:
            raise BerkasError("Berkas rusak: arsip DOCX/XLSX tidak dapat dibaca.") from exc
        finally:
            berkas.seek(0)
        if "word/document.xml" in isi:
            return "docx"
        if "xl/workbook.xml" in isi:
            return "xlsx"
        raise BerkasError(
            f"Berkas ZIP ini bukan dokumen Word (DOCX) atau Excel (XLSX); unggah {DITERIMA}."
        )
    raise BerkasError(f"Berkas ini {nama_jenis(jenis.mime)}, tidak diterima; unggah {DITERIMA}.")


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
