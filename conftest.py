"""Shared fixtures: the demo office, a fixed cast of users, and outsiders."""

import os

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests check values, not speed: no per-example deadline (a shared or slow CI
# machine made a 200 ms deadline fail a correct test).
hypothesis_settings.register_profile("sakip", deadline=None)
hypothesis_settings.load_profile("sakip")

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to be
# called from such a thread unless told it is safe (it is: the loop only drives the browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


HASHER_CEPAT = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _cepat(settings):  # the name is the suite's: a module fixture of this name would hide it
    """Fast password hashing and no login lockout bookkeeping noise in tests."""
    settings.PASSWORD_HASHERS = HASHER_CEPAT
    # Rate limits count in the process-wide cache, across tests: off by default in tests (the
    # tests of the limits turn them on), so many logins and uploads in one run are not a 429.
    settings.RATELIMIT_ENABLE = False
    # queued tasks run inside the caller; the tests of the queue itself use the database
    # backend and a real worker (sakip/laporan/tests/test_antrean.py)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # Stored pages are keyed by data versions, which a test's rollback takes back: a page of
    # one test must not answer the next (sakip/organisasi/tembolok.py)
    from django.core.cache import caches

    caches["halaman"].clear()


KODE_DEMO = "3674"


def _tabel_data(connection):
    """Every table but the two that migrate itself fills (content types and permissions)."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    tetap = {ContentType._meta.db_table, Permission._meta.db_table}
    return [
        t for t in connection.introspection.django_table_names(only_existing=True) if t not in tetap
    ]


def _berisi(connection, tabel):
    """The tables that hold at least one row."""
    hasil = []
    with connection.cursor() as cursor:
        for t in tabel:
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(t)} LIMIT 1")
            if cursor.fetchone():
                hasil.append(t)
    return hasil


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """The in-memory SQLite test database opens transactions DEFERRED, not IMMEDIATE.

    It is one shared-cache connection with no other writer, and an IMMEDIATE test transaction
    would hold a write lock that SQLite's backup API (used to hand the demo to a subprocess)
    waits on forever. The real settings (WAL, busy timeout, IMMEDIATE) are exercised on a file
    database by the gunicorn concurrency test (sakip/tests/test_serentak.py).
    """
    from django.conf import settings

    opsi = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        opsi.pop("transaction_mode", None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database with the demo loaded once a run; each db test rolls back onto it."""
    from django.db import connection
    from django.test import override_settings

    from sakip.demo.muat import muat_semua
    from sakip.organisasi.models import Satker

    # The demo users' password is hashed as in a test (the fast hasher), so a login works.
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=HASHER_CEPAT):
        if not Satker.objects.filter(kode=KODE_DEMO).exists():  # else a kept (--reuse-db) one
            berisi = _berisi(connection, _tabel_data(connection))
            assert not berisi, f"basis data uji tidak kosong sebelum demo dimuat: {berisi}"
        muat_semua()


@pytest.fixture
def demo(db):
    """The demo office 3674 with its 2023 data and demo users; returns the Satker.

    Loaded once a run (django_db_setup). A transactional test (live_server, transaction=True)
    is followed by a flush that removes it: then it is loaded again, here. pytest-django runs
    the transactional tests after the others (in each pytest-xdist worker too), so a test that
    reads the demo without asking for this fixture still finds it.
    """
    from sakip.organisasi.models import Satker

    if not Satker.objects.filter(kode=KODE_DEMO).exists():
        from sakip.demo.muat import muat_semua

        muat_semua()
    return Satker.objects.get(kode=KODE_DEMO)


@pytest.fixture
def db_kosong(db):
    """An empty database, as a test that builds its own world expects: every row but the content
    types and permissions is deleted inside the test's transaction, which rolls back, so the next
    test has the demo again. (Foreign keys are checked at commit, so the order does not matter.)
    """
    from django.db import connection

    with connection.cursor() as cursor:
        for tabel in _tabel_data(connection):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(tabel)}")


# The demo DIPA's rows, kept after its first import of a run: {key of the demo: {table: rows}}.
_ANGGARAN_DEMO: dict = {}


def _model_per_tabel():
    from django.apps import apps

    return {
        m._meta.db_table: m
        for m in apps.get_models(include_auto_created=True)
        if m._meta.managed and not m._meta.proxy
    }


def _isi_semua(model):
    """Every row of every table, comparable: {table: sorted reprs}."""
    return {
        t: sorted(map(repr, m._base_manager.order_by().values_list())) for t, m in model.items()
    }


def _rekam_anggaran(satker, model):
    """Import the demo DIPA in a savepoint that is rolled back and return the rows it added,
    {table: [field values]}; None when it changed rows that were already there."""
    from django.db import transaction

    from sakip.demo.anggaran import muat_demo_anggaran

    sebelum = _isi_semua(model)
    with transaction.atomic():
        muat_demo_anggaran(satker)
        sesudah = _isi_semua(model)
        berubah = [t for t in model if sesudah[t] != sebelum[t]]
        rekaman = None
        if not any(sebelum[t] for t in berubah):
            rekaman = {
                t: list(
                    model[t]
                    ._base_manager.order_by("pk")
                    .values(*[f.attname for f in model[t]._meta.concrete_fields])
                )
                for t in berubah
            }
        transaction.set_rollback(True)
    return rekaman


def muat_anggaran_demo(satker):
    """What sakip.demo.anggaran.muat_demo_anggaran(satker) writes, without reading the xlsx again.

    The first call of a run imports the demo DIPA for real (in a savepoint rolled back at once)
    and keeps the rows it added; every call then writes those same rows (same keys, auto_now
    fields set now) with bulk_create. Reading and checking the workbook is most of an import's
    time. Falls back to the real import when the rows cannot simply be replayed.
    """
    from django.core.management.color import no_style
    from django.db import connection

    from sakip.demo.anggaran import muat_demo_anggaran
    from sakip.organisasi.models import Satker
    from sakip.perencanaan.models import Sasaran

    model = _model_per_tabel()
    # what the import reads: the office and its sasaran (the budget tables must be empty)
    sasaran = Sasaran.objects.filter(renstra__satker=satker).order_by("pk")
    kunci = (
        repr(list(Satker.objects.filter(pk=satker.pk).values_list())),
        repr(
            list(sasaran.values_list("pk", "nomor", "renstra__tahun_awal", "renstra__tahun_akhir"))
        ),
    )
    if kunci not in _ANGGARAN_DEMO:
        _ANGGARAN_DEMO[kunci] = _rekam_anggaran(satker, model)
    rekaman = _ANGGARAN_DEMO[kunci]
    if rekaman is None or any(model[t]._base_manager.exists() for t in rekaman):
        muat_demo_anggaran(satker)
        return
    for t, baris in rekaman.items():
        model[t]._base_manager.bulk_create([model[t](**b) for b in baris])
    # rows written with their keys: the sequences (PostgreSQL) must move past them
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [model[t] for t in rekaman]):
            cursor.execute(sql)


def kerjakan_antrean():
    """What `db_worker` does with each queued task, here, in this process and the test's
    transaction (the command itself closes the database connection between tasks, which
    ends a PostgreSQL test's transaction)."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    pekerja = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="uji",
        excluded_queue_names=[],
    )
    for tugas in DBTaskResult.objects.ready():
        tugas.claim("uji")
        pekerja.run_task(tugas)


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
