"""cadangkan → pulihkan into an empty database and media folder: rows, files, public downloads."""

import json
import shutil

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from sakip.laporan import cadangan, services
from sakip.laporan.models import VersiLaporan

pytestmark = pytest.mark.django_db


@pytest.fixture
def terbit(anggaran, pimpinan, media, render_cepat):
    """One published LKj and PK of 2023 (tiny rendered files), evidence with real files."""
    from django.core.files.base import ContentFile

    from sakip.pengukuran.models import Bukti, Realisasi

    for r in Realisasi.objects.filter(tahun=2023, indikator__wajib_bukti=True):
        b = Bukti(realisasi=r, nama="ba.pdf", jenis="pdf", ukuran=9, sha256=f"{r.pk:064d}")
        b.berkas.save("bukti.pdf", ContentFile(b"%PDF-1.4\n" + str(r.pk).encode()), save=False)
        b.save()
    return [
        services.terbitkan(anggaran, 2023, pimpinan),
        services.terbitkan(anggaran, 2023, pimpinan, "pk"),
    ]


def _kosongkan():
    """Every row but content types and permissions, inside the test's transaction."""
    from django.db import connection

    from conftest import _tabel_data

    with connection.cursor() as cursor:
        for tabel in _tabel_data(connection):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(tabel)}")


def test_backup_then_restore_reproduces_rows_files_and_public_downloads(
    terbit, media, tmp_path, settings, client
):
    sebelum = cadangan.hitung_baris()
    assert sebelum["laporan.versilaporan"] == 2 and sebelum["pengukuran.realisasi"] > 0
    call_command("cadangkan", "--out", str(tmp_path / "cadangan"))
    manifest = json.loads((tmp_path / "cadangan" / "manifest.json").read_text())
    assert manifest["jumlah_baris"] == sebelum
    # 3 files per published version, the evidence files, and the dump itself
    terbit_berkas = [n for n in manifest["berkas"] if n.startswith("media/laporan/terbit/")]
    assert len(terbit_berkas) == 6
    assert "data.json" in manifest["berkas"]

    _kosongkan()
    assert not any(cadangan.hitung_baris().values())
    settings.MEDIA_ROOT = tmp_path / "media-baru"
    call_command("pulihkan", str(tmp_path / "cadangan"))

    assert cadangan.hitung_baris() == sebelum
    assert cadangan.periksa_terbit() == 6
    for v in VersiLaporan.objects.all():
        for fmt in ("pdf", "docx", "json"):
            url = reverse(
                "laporan:publik_unduh", args=[v.satker.kode, v.tahun, v.dokumen, v.nomor, fmt]
            )
            r = client.get(url)
            assert r.status_code == 200, url
            isi = b"".join(r.streaming_content)
            sidik = {"pdf": v.sha256_pdf, "docx": v.sha256_docx, "json": v.sha256_data}[fmt]
            import hashlib

            assert hashlib.sha256(isi).hexdigest() == sidik


def test_restore_refuses_a_tampered_backup_and_a_database_that_is_not_empty(terbit, tmp_path):
    call_command("cadangkan", "--out", str(tmp_path / "c"))
    with pytest.raises(CommandError, match="Basis data tujuan tidak kosong"):
        call_command("pulihkan", str(tmp_path / "c"))
    pdf = next((tmp_path / "c" / "media" / "laporan" / "terbit").rglob("*.pdf"))
    pdf.write_bytes(pdf.read_bytes() + b"x")
    with pytest.raises(CommandError, match=r"Cadangan rusak.*SHA-256 tidak sama dengan manifest"):
        call_command("pulihkan", str(tmp_path / "c"))
    with pytest.raises(CommandError, match="tidak kosong; pilih folder baru"):
        call_command("cadangkan", "--out", str(tmp_path / "c"))
    with pytest.raises(CommandError, match="manifest.json tidak ada"):
        call_command("pulihkan", str(tmp_path))


def test_a_missing_published_file_is_404_with_a_message_not_500(terbit, media, client):
    v = terbit[0]
    (media / v.pdf.name).unlink()
    r = client.get(reverse("laporan:publik_unduh", args=["3674", 2023, "lkj", v.nomor, "pdf"]))
    assert r.status_code == 404
    assert f"Berkas {v.nama_berkas('pdf')} tercatat terbit tetapi tidak ada di penyimpanan" in (
        r.content.decode()
    )
    shutil.rmtree(media)
    r = client.get(reverse("laporan:publik_unduh", args=["3674", 2023, "lkj", v.nomor, "docx"]))
    assert r.status_code == 404
