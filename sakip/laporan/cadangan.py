"""Backup and restore: the database and the media folder as one folder with a SHA-256 manifest.

`cadangkan(folder)` writes, from one consistent snapshot of the database (a single
transaction; REPEATABLE READ on PostgreSQL, one read transaction on SQLite):

    data.json       every row (dumpdata; content types and permissions by natural key)
    media/...       every file under MEDIA_ROOT, same relative paths
    manifest.json   row count per model and the SHA-256 of every file above

`pulihkan(folder)` checks the manifest first (every file present with its SHA-256), refuses a
database or media folder that is not empty, loads the rows in one transaction, copies the
media, then verifies: row counts as in the manifest, every published file (VersiLaporan)
against the SHA-256 recorded when it was published. Production on PostgreSQL uses pg_dump
and point-in-time recovery as well (README); this is the portable, verifiable path for both.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from .models import VersiLaporan

FORMAT = 1
# Rows that `migrate` writes itself; dumped by natural key by the rows that point to them.
# not backed up: what migrate fills, sessions, and the data versions, which the database's
# triggers write again as the rows are restored (organisasi.versi)
TANPA = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "organisasi.versidata"]


class CadanganError(Exception):
    """A backup folder that cannot be restored, or a target that is not empty."""


@dataclass
class Hasil:
    folder: Path
    jumlah_baris: dict[str, int]
    berkas: dict[str, str] = field(default_factory=dict)
    terbit_diperiksa: int = 0


def sha256_berkas(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for potong in iter(lambda: f.read(1 << 20), b""):
            h.update(potong)
    return h.hexdigest()


def _model_dicadangkan():
    hasil = []
    for m in apps.get_models():
        label = m._meta.label_lower
        if not m._meta.managed or m._meta.proxy:
            continue
        if m._meta.app_label in TANPA or label in TANPA:
            continue
        hasil.append(m)
    return hasil


def hitung_baris() -> dict[str, int]:
    return {m._meta.label_lower: m._base_manager.count() for m in _model_dicadangkan()}


def cadangkan(folder: Path) -> Hasil:
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise CadanganError(f"Folder {folder} tidak kosong; pilih folder baru untuk cadangan.")
    folder.mkdir(parents=True, exist_ok=True)
    keluaran = io.StringIO()
    terluar = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and terluar:
            # one snapshot for every table (inside an outer transaction it is already one)
            with connection.cursor() as c:
                c.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        jumlah = hitung_baris()
        call_command(
            "dumpdata",
            *[m._meta.label for m in _model_dicadangkan()],
            natural_foreign=True,
            indent=0,
            stdout=keluaran,
        )
        # the media as the rows name them, read in the same snapshot
        media_root = Path(settings.MEDIA_ROOT)
        berkas_media = (
            sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []
        )
        (folder / "data.json").write_text(keluaran.getvalue(), encoding="utf-8")
        for p in berkas_media:
            tujuan = folder / "media" / p.relative_to(media_root)
            tujuan.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, tujuan)
    berkas = {
        str(p.relative_to(folder)): sha256_berkas(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "manifest.json"
    }
    manifest = {
        "format": FORMAT,
        "dibuat": timezone.now().isoformat(),
        "basis_data": connection.vendor,
        "jumlah_baris": jumlah,
        "berkas": berkas,
    }
    (folder / "manifest.json").write_text(
        json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8"
    )
    return Hasil(folder, jumlah, berkas)


def baca_manifest(folder: Path) -> dict:
    """The manifest, after every file it lists was found with its SHA-256."""
    folder = Path(folder)
    path = folder / "manifest.json"
    if not path.is_file():
        raise CadanganError(f"{folder} bukan folder cadangan sakip: manifest.json tidak ada.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CadanganError(f"manifest.json tidak dapat dibaca: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise CadanganError(f"Format cadangan {manifest.get('format')!r} tidak dikenal.")
    salah = []
    for nama, sidik in sorted(manifest.get("berkas", {}).items()):
        p = folder / nama
        if not p.is_file():
            salah.append(f"{nama}: tidak ada")
        elif sha256_berkas(p) != sidik:
            salah.append(f"{nama}: SHA-256 tidak sama dengan manifest")
    if salah:
        raise CadanganError("Cadangan rusak, tidak ada yang dipulihkan: " + "; ".join(salah))
    return manifest


def periksa_terbit() -> int:
    """Every published file against the SHA-256 recorded at publication; the number checked."""
    salah, n = [], 0
    for v in VersiLaporan.objects.all():
        for kolom, sidik in (
            ("pdf", v.sha256_pdf),
            ("docx", v.sha256_docx),
            ("data", v.sha256_data),
        ):
            berkas = getattr(v, kolom)
            path = Path(settings.MEDIA_ROOT) / berkas.name
            n += 1
            if not path.is_file():
                salah.append(f"{v} ({kolom}): berkas tidak ada")
            elif sha256_berkas(path) != sidik:
                salah.append(f"{v} ({kolom}): SHA-256 berbeda dari saat diterbitkan")
    if salah:
        raise CadanganError("Dokumen terbit tidak utuh: " + "; ".join(salah))
    return n


def pulihkan(folder: Path) -> Hasil:
    folder = Path(folder)
    manifest = baca_manifest(folder)
    berisi = {k: v for k, v in hitung_baris().items() if v}
    if berisi:
        contoh = ", ".join(f"{k} ({v})" for k, v in sorted(berisi.items())[:5])
        raise CadanganError(
            f"Basis data tujuan tidak kosong ({contoh}); pulihkan hanya ke basis data baru yang "
            "sudah dimigrasi (python manage.py migrate)."
        )
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.exists() and any(media_root.iterdir()):
        raise CadanganError(f"Folder media {media_root} tidak kosong; pulihkan ke folder kosong.")
    with transaction.atomic():
        call_command("loaddata", str(folder / "data.json"), verbosity=0)
        jumlah = hitung_baris()
        beda = {
            k: (manifest["jumlah_baris"].get(k, 0), v)
            for k, v in jumlah.items()
            if v != manifest["jumlah_baris"].get(k, 0)
        }
        if beda:
            raise CadanganError(
                "Jumlah baris tidak sama dengan manifest: "
                + "; ".join(f"{k} {a} → {b}" for k, (a, b) in sorted(beda.items()))
            )
        sumber = folder / "media"
        if sumber.exists():
            shutil.copytree(sumber, media_root, dirs_exist_ok=True)
        try:
            n = periksa_terbit()
        except CadanganError:
            shutil.rmtree(media_root, ignore_errors=True)
            raise
    return Hasil(folder, jumlah, manifest["berkas"], n)
