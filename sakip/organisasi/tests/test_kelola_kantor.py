"""The office Admin's pages (profile, users) and the national superuser's new office."""

import io
from decimal import Decimal

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.urls import reverse

from sakip.lib.skala import SKALA_CAPAIAN_KPU, SKALA_PENYERAPAN, skala_ke_teks
from sakip.organisasi.models import Keanggotaan, Peran, Satker, UnitKerja

pytestmark = pytest.mark.django_db


def _png() -> bytes:
    from PIL import Image

    keluar = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(keluar, "PNG")
    return keluar.getvalue()


@pytest.fixture
def admin_3674(demo):
    return get_user_model().objects.get(username="admin")


@pytest.fixture
def nasional(demo):
    return get_user_model().objects.get(username="nasional")


@pytest.fixture
def admin_lain(kantor_lain, django_user_model):
    user = django_user_model.objects.create_user("admin-3671", password="rahasia-123")
    Keanggotaan.objects.create(user=user, satker=kantor_lain, peran=Peran.ADMIN)
    return user


def _profil(**lain):
    return {
        "nama": "KPU Kota Tangerang Selatan",
        "alamat": "Jl. Raya Serpong",
        "kota": "Tangerang Selatan",
        "batas_capaian": "100",
        "skala_capaian": skala_ke_teks(SKALA_CAPAIAN_KPU.as_data()),
        "skala_penyerapan": skala_ke_teks(SKALA_PENYERAPAN.as_data()),
        **lain,
    }


def test_the_admin_edits_the_profile_cap_scales_and_logo(
    client, admin_3674, demo, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(admin_3674)
    url = reverse("organisasi:profil", args=["3674"])
    assert client.get(url).status_code == 200
    logo = io.BytesIO(_png())
    logo.name = "logo.png"
    r = client.post(url, {**_profil(), "logo": logo})
    assert r.status_code == 302
    demo.refresh_from_db()
    assert demo.batas_capaian == Decimal(100)
    assert demo.logo.name == "logo/logo-3674.png"
    assert client.get(reverse("organisasi:logo", args=["3674"])).status_code == 200


def test_a_broken_scale_or_a_fake_logo_is_refused_and_nothing_changes(client, admin_3674, demo):
    client.force_login(admin_3674)
    url = reverse("organisasi:profil", args=["3674"])
    palsu = io.BytesIO(b"%PDF-1.4 bukan gambar")
    palsu.name = "logo.png"
    skala = "Tidak Berhasil; >= 0; < 50\nBerhasil; >= 60;"
    r = client.post(url, {**_profil(nama="Nama Baru", skala_capaian=skala), "logo": palsu})
    assert r.status_code == 400
    html = r.content.decode()
    assert "memiliki celah antara 50 (&#x27;Tidak Berhasil&#x27;) dan 60" in html
    assert "bukan gambar PNG atau JPEG (dilihat dari isinya)" in html
    demo.refresh_from_db()
    assert demo.nama == "KPU Kota Tangerang Selatan" and not demo.logo


def test_the_admin_manages_users_of_its_own_office(client, admin_3674, demo):
    client.force_login(admin_3674)
    unit = UnitKerja.objects.get(satker=demo, kode="hukum")
    url = reverse("organisasi:pengguna_baru", args=["3674"])
    r = client.post(
        url, {"username": "pic-baru", "peran": "pic", "unit": "", "sandi": "kata-sandi-panjang-9"}
    )
    assert r.status_code == 400
    assert "Peran PIC memerlukan unit kerja." in r.content.decode()
    r = client.post(
        url,
        {"username": "pic-baru", "peran": "pic", "unit": unit.pk, "sandi": "kata-sandi-panjang-9"},
    )
    assert r.status_code == 302
    baru = get_user_model().objects.get(username="pic-baru")
    assert (baru.keanggotaan.satker, baru.keanggotaan.unit, baru.keanggotaan.peran) == (
        demo,
        unit,
        "pic",
    )
    ubah = reverse("organisasi:pengguna_ubah", args=["3674", baru.pk])
    r = client.post(ubah, {"peran": "verifikator", "unit": unit.pk, "aktif": ""})
    assert r.status_code == 302
    baru.refresh_from_db()
    assert (baru.keanggotaan.peran, baru.is_active) == ("verifikator", False)
    sandi = reverse("organisasi:pengguna_sandi", args=["3674", baru.pk])
    assert client.post(sandi, {"sandi": "sandi-baru-yang-kuat-7"}).status_code == 302
    baru.refresh_from_db()
    assert baru.check_password("sandi-baru-yang-kuat-7")
    # the Admin cannot take away its own role
    sendiri = reverse("organisasi:pengguna_ubah", args=["3674", admin_3674.pk])
    r = client.post(sendiri, {"peran": "perencana", "unit": "", "aktif": "on"})
    assert r.status_code == 400 and "akun Anda sendiri" in r.content.decode()


def test_unlock_after_a_login_lockout(client, admin_3674, demo, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post(reverse("login"), {"username": "pic-hukum", "password": "salah"})
    assert AccessAttempt.objects.filter(username="pic-hukum").exists()
    client.force_login(admin_3674)
    html = client.get(reverse("organisasi:pengguna", args=["3674"])).content.decode()
    assert html.count("terkunci</span>") == 1
    target = get_user_model().objects.get(username="pic-hukum")
    r = client.post(reverse("organisasi:pengguna_buka_kunci", args=["3674", target.pk]))
    assert r.status_code == 302
    assert not AccessAttempt.objects.filter(username="pic-hukum").exists()


def test_the_admin_never_reaches_another_office(client, admin_lain, admin_3674, demo):
    client.force_login(admin_lain)
    pic = get_user_model().objects.get(username="pic-hukum")
    for url in (
        reverse("organisasi:profil", args=["3674"]),
        reverse("organisasi:pengguna", args=["3674"]),
        reverse("organisasi:pengguna_baru", args=["3674"]),
        reverse("organisasi:pengguna_ubah", args=["3674", pic.pk]),
    ):
        assert client.get(url).status_code == 404
    for url in (
        reverse("organisasi:pengguna_sandi", args=["3674", pic.pk]),
        reverse("organisasi:pengguna_buka_kunci", args=["3674", pic.pk]),
        # the user of 3674 through the Admin's own office: not its user, 404
        reverse("organisasi:pengguna_sandi", args=["3671", pic.pk]),
    ):
        assert client.post(url, {"sandi": "sandi-baru-yang-kuat-7"}).status_code == 404
    assert client.get(reverse("organisasi:pengguna_ubah", args=["3671", pic.pk])).status_code == 404
    pic.refresh_from_db()
    assert pic.check_password("sakip-demo")


@pytest.mark.parametrize("peran", ["perencana", "pic", "pimpinan", "evaluator"])
def test_other_roles_may_not_manage_the_office(client, request, peran):
    client.force_login(request.getfixturevalue(peran))
    assert client.get(reverse("organisasi:pengguna", args=["3674"])).status_code == 403
    assert client.get(reverse("organisasi:kantor_baru")).status_code == 403


def test_the_national_superuser_creates_an_office_with_a_code_and_a_name(client, nasional, demo):
    client.force_login(nasional)
    url = reverse("organisasi:kantor_baru")
    banten = Satker.objects.get(kode="36")
    r = client.post(url, {"induk": banten.pk, "kode": "3674", "nama": "Dobel"})
    assert r.status_code == 400 and "Kode 3674 sudah dipakai" in r.content.decode()
    r = client.post(
        url,
        {
            "induk": banten.pk,
            "kode": "1503",
            "nama": "KPU Kabupaten Sarolangun",
            "admin_username": "admin-1503",
            "admin_sandi": "kata-sandi-panjang-9",
        },
    )
    assert r.status_code == 302 and r.url == "/organisasi/1503/pengguna/"
    baru = Satker.objects.get(kode="1503")
    assert (baru.jenis, baru.induk, baru.batas_capaian) == ("kabkota", banten, None)
    admin = get_user_model().objects.get(username="admin-1503")
    assert (admin.keanggotaan.satker, admin.keanggotaan.peran, admin.is_superuser) == (
        baru,
        "admin",
        False,
    )
