"""The office's logo for a document's cover: read once from the storage by its name.

The data tree carries the logo's storage name and SHA-256 (so a new logo changes the
document's hash), never the bytes; the renderers read the file here.
"""

from __future__ import annotations

import base64
import hashlib

from django.core.files.storage import default_storage

JENIS = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def baca(nama: str) -> bytes | None:
    """The logo's bytes, or None when there is none or the file is gone."""
    if not nama:
        return None
    try:
        with default_storage.open(nama, "rb") as f:
            return f.read()
    except OSError:
        return None


def sidik(nama: str) -> str:
    isi = baca(nama)
    return hashlib.sha256(isi).hexdigest() if isi else ""


def data_uri(nama: str) -> str:
    """A data: URI for the HTML preview, or "" without a logo (the PDF writes the file)."""
    isi = baca(nama)
    if not isi:
        return ""
    jenis = next((j for awal, j in JENIS.items() if isi.startswith(awal)), "image/png")
    return f"data:{jenis};base64,{base64.b64encode(isi).decode()}"
