"""Fixtures of the report tests: documents generated once per module, fast fake rendering."""

import pytest
from django.db import transaction


def _muat(dengan_anggaran: bool):
    from sakip.demo.anggaran import muat_demo_anggaran
    from sakip.demo.muat import muat_semua
    from sakip.organisasi.models import Satker

    if not Satker.objects.filter(kode="3674").exists():  # loaded once a run (django_db_setup)
        muat_semua()
    satker = Satker.objects.get(kode="3674")
    if dengan_anggaran:
        muat_demo_anggaran(satker)
    return satker


@pytest.fixture(scope="session")
def dokumen_demo(django_db_setup, django_db_blocker):
    """The demo's LKj 2023 (with its DIPA) and PK 2023, as PDF and DOCX bytes, made once a run.

    A module using it must be marked django_db, or pytest-django sets up no test database.
    """
    from django.db import connection

    from sakip.laporan import services

    assert connection.creation.test_db_signature() is not None
    with django_db_blocker.unblock():
        nama = str(connection.settings_dict["NAME"])
    assert "test" in nama or "memory" in nama, f"bukan basis data uji: {nama}"

    with django_db_blocker.unblock(), transaction.atomic():
        satker = _muat(dengan_anggaran=True)
        lkj = services.kumpul(satker, 2023, "lkj")
        pk = services.kumpul(satker, 2023, "pk")
        hasil = {
            "data": lkj,
            "lkj_pdf": services.render(lkj, "lkj", "pdf"),
            "lkj_docx": services.render(lkj, "lkj", "docx"),
            "pk_pdf": services.render(pk, "pk", "pdf"),
            "pk_docx": services.render(pk, "pk", "docx"),
        }
        transaction.set_rollback(True)
    return hasil


@pytest.fixture
def anggaran(demo):
    """The demo DIPA 2023 of 3674 (13 revisions, realisation, RO volumes, RPD)."""
    from conftest import muat_anggaran_demo

    muat_anggaran_demo(demo)
    return demo


@pytest.fixture
def render_cepat(monkeypatch):
    """Documents rendered as tiny stand-ins: view and workflow tests need files, not layout."""
    from sakip.laporan import services

    def palsu(data, dokumen, format):
        judul = f"{dokumen} {getattr(data, 'tahun', '')} {format}".encode()
        return (b"%PDF-1.7\n" if format == "pdf" else b"PK\x03\x04") + judul

    monkeypatch.setattr(services, "render", palsu)
    return palsu


@pytest.fixture
def media(settings, tmp_path):
    """Generated and published files go to a temporary folder (queued tasks run at once)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
