"""The office's logo (set on the office profile) on the LKj cover, in HTML and DOCX."""

import io

import pytest
from django.core.files.base import ContentFile
from docx import Document

from sakip.laporan import services
from sakip.laporan.html import html_pratinjau

pytestmark = pytest.mark.django_db


def _png() -> bytes:
    from PIL import Image

    keluar = io.BytesIO()
    Image.new("RGB", (8, 8), (20, 60, 120)).save(keluar, "PNG")
    return keluar.getvalue()


def test_the_logo_is_on_the_cover_and_changes_the_hash(demo, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    tanpa = services.kumpul(demo, 2023, "lkj")
    assert tanpa.satker.logo == "" and "sampul-logo" not in html_pratinjau(
        services.susun(tanpa, "lkj")
    )
    demo.logo.save("logo-3674.png", ContentFile(_png()))
    data = services.kumpul(demo, 2023, "lkj")
    assert data.satker.logo == "logo/logo-3674.png" and len(data.satker.logo_sha256) == 64
    from sakip.laporan.kumpul import sidik

    assert sidik(data, "lkj") != sidik(tanpa, "lkj")
    html = html_pratinjau(services.susun(data, "lkj"))
    assert '<img class="sampul-logo" src="data:image/png;base64,' in html
    doc = Document(io.BytesIO(services.render(data, "lkj", "docx")))
    sampul = doc.paragraphs[0]._p.xpath(".//pic:pic")
    assert len(sampul) == 1
