"""Simultaneous saves and workflow steps against a real gunicorn on a SQLite file.

The finding: on SQLite (the `make run` default) simultaneous edits gave 500 "database is
locked". With WAL, the busy timeout and BEGIN IMMEDIATE (settings.py) every request either
wins or gets a 409/400 with the reason; no 500, and no update is lost: the row holds exactly
the winner's value, its `versi` moved by one and its trail has exactly one entry per win.

Several gunicorn worker processes (each with threads) and 20 client threads released at
once by a barrier; the database is a file copy of the session's test database (demo loaded).
"""

from __future__ import annotations

import http.client
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from conftest import pengguna

from .conftest import HARI, IRB, LOGISTIK, indikator

AKAR = Path(__file__).resolve().parents[3]
N = 20


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _salin_basis_data(tujuan: Path) -> None:
    """The session's test database (demo loaded) as a SQLite file another process can open."""
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.ensure_connection()
        salinan = sqlite3.connect(tujuan)
        connection.connection.backup(salinan)
        salinan.close()
        return
    # on PostgreSQL the SQLite file is built the way `make run` builds it
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tujuan}"}
    for perintah in (["migrate", "--noinput", "-v0"], ["muat_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *perintah],
            cwd=AKAR,
            env=env,
            check=True,
            capture_output=True,
        )


def _sesi(berkas: Path, username: str) -> str:
    """A logged-in session written straight into the file (no password hashing needed)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    cx = sqlite3.connect(berkas)
    pk, sandi = cx.execute(
        "SELECT id, password FROM auth_user WHERE username = ?", [username]
    ).fetchone()
    from django.contrib.auth.models import User

    user = User(pk=pk, username=username, password=sandi)
    data = {
        SESSION_KEY: str(pk),
        BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
        HASH_SESSION_KEY: user.get_session_auth_hash(),
    }
    kunci = secrets.token_hex(16)
    kedaluwarsa = (timezone.now() + timezone.timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    cx.execute(
        "INSERT INTO django_session (session_key, session_data, expire_date) VALUES (?, ?, ?)",
        [kunci, SessionStore().encode(data), kedaluwarsa],
    )
    cx.commit()
    cx.close()
    return kunci


@pytest.fixture
def server(django_db_setup, django_db_blocker, tmp_path):
    berkas = tmp_path / "serentak.sqlite3"
    with django_db_blocker.unblock():
        _salin_basis_data(berkas)
    # the file in WAL mode before the workers open it, as `migrate` leaves a deployment's file
    # (otherwise the first simultaneous connections all try to switch the journal mode at once)
    cx = sqlite3.connect(berkas)
    cx.execute("PRAGMA journal_mode=WAL")
    cx.close()
    port = _port_bebas()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{berkas}",
        "SAKIP_HARI_INI": HARI.isoformat(),
        "SAKIP_MEDIA_ROOT": str(tmp_path / "media"),
        "SAKIP_DB_CONN_MAX_AGE": "60",
    }
    proses = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "sakip.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "3",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=AKAR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        batas = time.monotonic() + 60
        while True:
            try:
                cx = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                cx.request("GET", "/masuk/")
                if cx.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > batas or proses.poll() is not None:
                pytest.fail(f"gunicorn tidak siap: {proses.stdout.read1().decode()}")
            time.sleep(0.2)
        # warm every worker (imports, first connection) so the timed part is the contention
        _serentak([lambda: _dapat(port, "/masuk/") for _ in range(12)])
        yield port, berkas
    finally:
        proses.terminate()
        proses.wait(timeout=20)


def _dapat(port: int, path: str) -> tuple[int, str]:
    cx = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    cx.request("GET", path)
    r = cx.getresponse()
    return r.status, r.read().decode("utf-8", "replace")


def _kirim(port: int, sesi: str, path: str, data: dict) -> tuple[int, str]:
    token = "a" * 32
    badan = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token})
    cx = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    cx.request(
        "POST",
        path,
        body=badan,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"sessionid={sesi}; csrftoken={token}",
        },
    )
    r = cx.getresponse()
    return r.status, r.read().decode("utf-8", "replace")


def _serentak(tugas) -> list[tuple[int, str]]:
    """Run every (callable) at once from its own thread; their results in order."""
    hasil: list = [None] * len(tugas)
    mulai = threading.Barrier(len(tugas))

    def jalan(i, f):
        mulai.wait()
        try:
            hasil[i] = f()
        except Exception as exc:  # a connection reset would be a failure too
            hasil[i] = (0, repr(exc))

    utas = [threading.Thread(target=jalan, args=(i, f)) for i, f in enumerate(tugas)]
    for u in utas:
        u.start()
    for u in utas:
        u.join(120)
    return hasil


def _baris(berkas: Path, indikator_id: int):
    cx = sqlite3.connect(berkas)
    baris = cx.execute(
        "SELECT id, nilai, versi, status FROM pengukuran_realisasi "
        "WHERE indikator_id = ? AND tahun = 2024 AND triwulan = 2",
        [indikator_id],
    ).fetchone()
    jejak = {}
    if baris:
        jejak = dict(
            cx.execute(
                "SELECT aksi, COUNT(*) FROM pengukuran_jejakrealisasi WHERE realisasi_id = ? "
                "GROUP BY aksi",
                [baris[0]],
            ).fetchall()
        )
    cx.close()
    return baris, jejak


def test_20_simultaneous_saves_and_20_simultaneous_transitions(server, demo):
    port, berkas = server
    kasus = [(indikator(LOGISTIK), "pic-keuangan"), (indikator(IRB), "pic-hukum")]
    sesi = {u: _sesi(berkas, u) for _, u in kasus}
    assert pengguna("pic-keuangan").keanggotaan.unit_id == kasus[0][0].unit_id

    def url(ind, akhir):
        return f"/pengukuran/3674/indikator/{ind.pk}/2024/tw2/{akhir}"

    # 20 saves at once: 10 on each of two new TW II rows, every one from versi 0, each its value
    simpan = []
    for i in range(N):
        ind, u = kasus[i % 2]
        nilai = str(50 + i)
        simpan.append(
            lambda ind=ind, u=u, nilai=nilai: _kirim(
                port, sesi[u], url(ind, "simpan/"), {"versi": "0", "nilai": nilai}
            )
        )
    mulai = time.monotonic()
    hasil = _serentak(simpan)
    waktu_simpan = time.monotonic() - mulai
    status = [s for s, _ in hasil]
    assert 500 not in status and 0 not in status, {s: status.count(s) for s in set(status)}
    assert set(status) <= {302, 409}, status
    for k, (ind, _) in enumerate(kasus):
        milik = [i for i in range(N) if i % 2 == k]
        menang = [i for i in milik if status[i] == 302]
        assert len(menang) == 1, [status[i] for i in milik]
        for i in milik:
            if status[i] == 409:
                assert "baru saja diisi oleh pengguna lain" in hasil[i][1] or (
                    "sudah diubah oleh" in hasil[i][1]
                )
        baris, jejak = _baris(berkas, ind.pk)
        # no lost update: the row holds the winner's value, moved once, one trail entry
        assert float(baris[1]) == 50 + menang[0]
        assert (baris[2], baris[3]) == (1, "draf")
        assert jejak == {"simpan": 1}

    # 20 transitions at once: 10 submissions of each row, all from the versi they saw (1)
    aksi = []
    for i in range(N):
        ind, u = kasus[i % 2]
        aksi.append(lambda ind=ind, u=u: _kirim(port, sesi[u], url(ind, "ajukan/"), {"versi": "1"}))
    mulai = time.monotonic()
    hasil = _serentak(aksi)
    waktu_aksi = time.monotonic() - mulai
    status = [s for s, _ in hasil]
    assert 500 not in status and 0 not in status, {s: status.count(s) for s in set(status)}
    assert set(status) <= {302, 400, 409}, status
    for k, (ind, _) in enumerate(kasus):
        milik = [i for i in range(N) if i % 2 == k]
        assert sum(status[i] == 302 for i in milik) == 1, [status[i] for i in milik]
        baris, jejak = _baris(berkas, ind.pk)
        assert (baris[2], baris[3]) == (2, "diajukan")
        assert jejak == {"simpan": 1, "ajukan": 1}
    print(
        f"\n20 simpan serentak: {waktu_simpan:.2f} s, 20 transisi serentak: {waktu_aksi:.2f} s; "
        f"status simpan/transisi tanpa 500"
    )
