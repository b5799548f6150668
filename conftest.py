"""Shared fixtures: the demo office, a fixed cast of users, and outsiders."""

import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to be
# called from such a thread unless told it is safe (it is: the loop only drives the browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


HASHER_CEPAT = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _cepat(settings):
    """Fast password hashing and no login lockout bookkeeping noise in tests."""
    settings.PASSWORD_HASHERS = HASHER_CEPAT


KODE_DEMO = "3674"

# Tables the demo fills, recorded when it is loaded; db_kosong empties exactly these.
_TABEL_DEMO: list[str] = []


def _jumlah_baris(connection, tabel):
    jumlah = {}
    with connection.cursor() as cursor:
        for t in tabel:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(t)}")
            jumlah[t] = cursor.fetchone()[0]
    return jumlah


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database with the demo loaded once a run; each db test rolls back onto it."""
    from django.db import connection
    from django.test import override_settings

    from sakip.demo.muat import muat_semua

    # The demo users' password is hashed as in a test (the fast hasher), so a login works.
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=HASHER_CEPAT):
        tabel = connection.introspection.django_table_names(only_existing=True)
        sebelum = _jumlah_baris(connection, tabel)
        muat_semua()
        sesudah = _jumlah_baris(connection, tabel)
    diisi = [t for t in tabel if sesudah[t] != sebelum[t]]
    bersama = [t for t in diisi if sebelum[t]]
    assert not bersama, f"demo menulis ke tabel yang sudah berisi setelah migrasi: {bersama}"
    _TABEL_DEMO[:] = diisi


@pytest.fixture
def demo(db):
    """The demo office 3674 with its 2023 data and demo users; returns the Satker.

    Loaded once a run (django_db_setup). A transactional test (live_server, transaction=True)
    is followed by a flush that removes it: then it is loaded again, here.
    """
    from sakip.organisasi.models import Satker

    if not Satker.objects.filter(kode=KODE_DEMO).exists():
        from sakip.demo.muat import muat_semua

        muat_semua()
    return Satker.objects.get(kode=KODE_DEMO)


@pytest.fixture
def db_kosong(db):
    """An empty database, as a test that builds its own world expects: the session's demo rows
    are deleted inside the test's transaction, which rolls back, so the next test has them again.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        for tabel in _TABEL_DEMO:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(tabel)}")


def pengguna(username):
    """A user of the loaded demo by username."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


@pytest.fixture
def pimpinan(demo):
    return pengguna("sekretaris")


@pytest.fixture
def perencana(demo):
    return pengguna("perencana")


@pytest.fixture
def pic(demo):
    """PIC of Subbagian Keuangan, Umum dan Logistik."""
    return pengguna("pic-keuangan")


@pytest.fixture
def verifikator(demo):
    """Kepala Subbagian Keuangan, Umum dan Logistik."""
    return pengguna("kasubbag-keuangan")


@pytest.fixture
def evaluator(demo):
    """Evaluator at KPU Provinsi Banten, the parent of 3674."""
    return pengguna("evaluator-banten")


@pytest.fixture
def kantor_lain(demo):
    """KPU Kota Tangerang (3671), a sibling office under Banten."""
    from sakip.organisasi.models import Satker

    return Satker.objects.create(
        kode="3671", nama="KPU Kota Tangerang", jenis="kabkota", induk=demo.induk
    )


@pytest.fixture
def orang_luar(kantor_lain, django_user_model):
    """A perencana of another office: must never see 3674's data."""
    from sakip.organisasi.models import Keanggotaan, Peran

    user = django_user_model.objects.create_user("perencana-3671", password="rahasia-123")
    Keanggotaan.objects.create(user=user, satker=kantor_lain, peran=Peran.PERENCANA)
    return user


@pytest.fixture
def evaluator_lain(demo, django_user_model):
    """An evaluator of another province (Jawa Barat): not above 3674."""
    from sakip.organisasi.models import Keanggotaan, Peran, Satker

    jabar = Satker.objects.create(
        kode="32", nama="KPU Provinsi Jawa Barat", jenis="provinsi", induk=demo.induk.induk
    )
    user = django_user_model.objects.create_user("evaluator-jabar", password="rahasia-123")
    Keanggotaan.objects.create(user=user, satker=jabar, peran=Peran.EVALUATOR)
    return user


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def peramban():
    """The system Chromium driven by Playwright; a missing Chromium fails, never skips."""
    import shutil

    from playwright.sync_api import sync_playwright

    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail(
            "Chromium tidak ditemukan: jalankan `make test` (memasangnya) atau apt-get install chromium"
        )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def halaman(peramban):
    """A fresh browser page (own cookies) for one test."""
    context = peramban.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def masuk(page, live_server, username, password="sakip-demo"):
    """Log in through the real login form."""
    page.goto(f"{live_server.url}/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
