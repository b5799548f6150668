"""Two people editing the same realisation: the stale save is refused, the first one kept."""

from decimal import Decimal

import pytest
from django.urls import reverse

from sakip.organisasi.models import Keanggotaan, Peran
from sakip.pengukuran import services
from sakip.pengukuran.models import Realisasi

from .conftest import LOGISTIK, indikator, isi_nilai

pytestmark = pytest.mark.django_db


@pytest.fixture
def pic_kedua(pic, django_user_model):
    """A second PIC of the same unit."""
    user = django_user_model.objects.create_user("pic-keuangan-2", password="sakip-demo")
    k = pic.keanggotaan
    Keanggotaan.objects.create(user=user, satker=k.satker, unit=k.unit, peran=Peran.PIC)
    return user


def test_a_stale_version_is_refused_and_the_other_users_data_kept(pic, pic_kedua):
    r = isi_nilai(pic, LOGISTIK, nilai="80", analisis="awal")
    assert r.versi == 1
    # both open the form at versi 1; the second user saves first
    isi_nilai(pic_kedua, LOGISTIK, nilai="85", analisis="dari PIC kedua", versi=1)
    with pytest.raises(services.VersiKedaluwarsa) as exc:
        isi_nilai(pic, LOGISTIK, nilai="90", analisis="dari PIC pertama", versi=1)
    assert exc.value.status == 409
    assert exc.value.pesan == (
        "Realisasi TW II 2024 sudah diubah oleh pic-keuangan-2 sejak Anda membukanya. "
        "Perubahan Anda tidak disimpan; data terbaru ditampilkan, periksa lalu ulangi perubahan Anda."
    )
    r.refresh_from_db()
    assert (r.nilai, r.analisis, r.versi) == (Decimal("85"), "dari PIC kedua", 2)
    assert r.jejak.count() == 2


def test_two_first_entries_the_second_is_refused(pic, pic_kedua):
    isi_nilai(pic_kedua, LOGISTIK, nilai="85", versi=0)
    with pytest.raises(services.VersiKedaluwarsa):
        isi_nilai(pic, LOGISTIK, nilai="90", versi=0)
    assert Realisasi.objects.get(tahun=2024, triwulan=2).nilai == Decimal("85")


def test_a_workflow_step_on_a_changed_realisation_is_refused(pic, verifikator):
    r = isi_nilai(pic, LOGISTIK, nilai="80")
    services.ajukan(pic, r.pk, versi=1)
    with pytest.raises(services.VersiKedaluwarsa):
        services.verifikasi(verifikator, r.pk, versi=1)
    r.refresh_from_db()
    assert (r.status, r.versi) == ("diajukan", 2)


def test_the_form_carries_the_version_and_a_stale_post_shows_the_message(client, pic, pic_kedua):
    ind = indikator(LOGISTIK)
    isi_nilai(pic, LOGISTIK, nilai="80")
    url = reverse("pengukuran:realisasi", args=["3674", ind.pk, 2024, 2])
    client.force_login(pic)
    halaman = client.get(url).content.decode()
    assert 'name="versi" value="1"' in halaman
    isi_nilai(pic_kedua, LOGISTIK, nilai="85", versi=1)
    r = client.post(
        reverse("pengukuran:simpan", args=["3674", ind.pk, 2024, 2]),
        {"versi": "1", "nilai": "90"},
    )
    assert r.status_code == 409
    html = r.content.decode()
    assert "sudah diubah oleh pic-keuangan-2 sejak Anda membukanya" in html
    # the page now shows the other user's value and the new version
    assert 'value="85"' in html
    assert 'name="versi" value="2"' in html
    assert Realisasi.objects.get(tahun=2024, triwulan=2).nilai == Decimal("85")
