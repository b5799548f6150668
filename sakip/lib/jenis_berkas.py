"""File types by name, as people know them: never 'application/x-msdownload' on a screen."""

from __future__ import annotations

# content types and kinds: what sakip accepts, and what people most often try instead
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
    "application/vnd.microsoft.portable-executable": "program Windows (EXE)",
    "application/x-executable": "program (ELF)",
    "application/zip": "arsip ZIP",
    "application/x-rar-compressed": "arsip RAR",
    "application/vnd.rar": "arsip RAR",
    "application/x-7z-compressed": "arsip 7-Zip",
    "application/gzip": "arsip GZIP",
    "text/plain": "teks biasa",
    "text/html": "halaman web (HTML)",
    "image/gif": "gambar GIF",
    "image/webp": "gambar WebP",
    "image/tiff": "gambar TIFF",
    "image/bmp": "gambar BMP",
    "image/heic": "foto HEIC (iPhone)",
    "video/mp4": "video MP4",
    "audio/mpeg": "audio MP3",
    "application/json": "data JSON",
    "json": "data JSON",
}


def nama_jenis(jenis: str | None) -> str:
    """'application/x-msdownload' -> 'program Windows (EXE)'; unknown 'x/abc' -> 'berkas ABC'."""
    if not jenis:
        return "berkas tak dikenal"
    jenis = str(jenis).strip().lower()
    if jenis in NAMA_JENIS:
        return NAMA_JENIS[jenis]
    akhir = jenis.rsplit("/", 1)[-1].removeprefix("x-").removeprefix("vnd.")
    return f"berkas {akhir.upper()}"
