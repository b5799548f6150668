"""P4: pages under load. 50 concurrent clients for 30 s per page against a real gunicorn.

Loads the demo (with its DIPA) into a throw-away SQLite database (or uses DATABASE_URL when
set), starts `gunicorn sakip.wsgi` with 2 workers x 4 threads on 127.0.0.1 (a free port),
logs in through the real login form, and for each page runs KLIEN threads that request it
over keep-alive connections (http.client) for DURASI seconds. Prints requests/s, the
median and p95 latency and the errors (any answer but 200, or a failed connection). The
dashboard and the budget page are also measured, just before, against an anchor server
that runs the same code with no cache (SAKIP_CACHE=tanpa: every chart drawn each time).

Bounded by construction: only 127.0.0.1, a fixed number of clients and a fixed duration
(BEBAN_KLIEN, BEBAN_DURASI override them). The clients run on the same 2 shared cores as
the server, so the figures are a floor, not a capacity.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

KLIEN = int(os.environ.get("BEBAN_KLIEN", "50"))
DURASI = float(os.environ.get("BEBAN_DURASI", "30"))
HOST = "127.0.0.1"
AKAR = Path(__file__).resolve().parent.parent
HALAMAN = [
    ("dasbor", "/satker/3674/2023/", "perencana"),
    ("anggaran", "/anggaran/3674/2023/", "perencana"),
    ("tugas saya", "/pengukuran/tugas/", "pic-keuangan"),
    ("daftar publik", "/laporan/publik/", None),
]


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _masuk(port: int, username: str) -> str:
    """A session cookie from the real login form."""
    c = http.client.HTTPConnection(HOST, port, timeout=30)
    c.request("GET", "/masuk/")
    r = c.getresponse()
    isi = r.read().decode()
    csrf = re.search(r"csrftoken=([^;]+)", r.getheader("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', isi).group(1)
    body = urllib.parse.urlencode(
        {"username": username, "password": "sakip-demo", "csrfmiddlewaretoken": token}
    )
    c.request(
        "POST",
        "/masuk/",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf}",
            "Referer": f"http://{HOST}:{port}/masuk/",
        },
    )
    r = c.getresponse()
    r.read()
    sesi = re.search(r"sessionid=([^;]+)", r.getheader("Set-Cookie", ""))
    if r.status != 302 or sesi is None:
        raise SystemExit(f"beban: gagal masuk sebagai {username} (status {r.status})")
    c.close()
    return f"sessionid={sesi.group(1)}"


def _klien(port, jalur, cookie, batas, waktu, galat, kunci) -> None:
    c = http.client.HTTPConnection(HOST, port, timeout=60)
    milik, salah = [], 0
    kepala = {"Cookie": cookie} if cookie else {}
    while time.perf_counter() < batas:
        awal = time.perf_counter()
        try:
            c.request("GET", jalur, headers=kepala)
            r = c.getresponse()
            r.read()
            if r.status != 200:
                salah += 1
            if r.getheader("Connection", "").lower() == "close":
                c.close()
        except (OSError, http.client.HTTPException):
            salah += 1
            c.close()
            c = http.client.HTTPConnection(HOST, port, timeout=60)
            continue
        milik.append(time.perf_counter() - awal)
    c.close()
    with kunci:
        waktu.extend(milik)
        galat.append(salah)


def ukur(port: int, jalur: str, cookie: str | None) -> tuple[int, float, float, float, int]:
    waktu: list[float] = []
    galat: list[int] = []
    kunci = threading.Lock()
    mulai = time.perf_counter()
    batas = mulai + DURASI
    utas = [
        threading.Thread(target=_klien, args=(port, jalur, cookie, batas, waktu, galat, kunci))
        for _ in range(KLIEN)
    ]
    for u in utas:
        u.start()
    for u in utas:
        u.join()
    lama = time.perf_counter() - mulai
    waktu.sort()
    n = len(waktu)
    p50 = waktu[n // 2] if n else float("nan")
    p95 = waktu[min(n - 1, int(n * 0.95))] if n else float("nan")
    return n, n / lama, p50, p95, sum(galat)


def _siapkan_db(env: dict) -> None:
    kode = "\n".join(
        [
            "import django; django.setup()",
            "from django.core.management import call_command",
            "call_command('migrate', verbosity=0)",
            "call_command('muat_demo', verbosity=0)",
        ]
    )
    subprocess.run([sys.executable, "-c", kode], cwd=AKAR, env=env, check=True, capture_output=True)


def _mulai_gunicorn(env: dict, port: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [
            str(gunicorn),
            "sakip.wsgi",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        cwd=AKAR,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    return server


def _baris(nama: str, hasil) -> str:
    n, per_detik, p50, p95, galat = hasil
    return (
        f"{nama:<24} {n:>10} {per_detik:>10.1f} {p50 * 1000:>7.0f}ms {p95 * 1000:>7.0f}ms {galat}"
    )


def main() -> None:
    # a SIGTERM (make stopped) still runs the finally below, which stops gunicorn
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with tempfile.TemporaryDirectory() as sementara:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sakip.settings"}
        env.setdefault("DATABASE_URL", f"sqlite:///{Path(sementara) / 'beban.sqlite3'}")
        env["SAKIP_MEDIA_ROOT"] = str(Path(sementara) / "media")
        env["SAKIP_AXES_FAILURE_LIMIT"] = "1000"
        _siapkan_db(env)
        port, port_jangkar = _port_bebas(), _port_bebas()
        server = _mulai_gunicorn(env, port)
        # the anchor: the same code without any cache (every chart drawn on every request)
        jangkar = _mulai_gunicorn({**env, "SAKIP_CACHE": "tanpa"}, port_jangkar)
        try:
            cookie = {u: _masuk(port, u) for _, _, u in HALAMAN if u}
            cookie_jangkar = {u: _masuk(port_jangkar, u) for _, _, u in HALAMAN if u}
            print(
                f"beban: gunicorn 2 pekerja x 4 utas, {KLIEN} klien serentak, {DURASI:.0f} s per "
                "halaman, basis data "
                f"{urllib.parse.urlparse(env['DATABASE_URL']).scheme}; mesin 2 inti dipakai "
                "bersama (klien berjalan di mesin yang sama); jangkar = tanpa tembolok grafik, "
                "diukur tepat sebelum halaman yang sama"
            )
            print(
                f"{'halaman':<24} {'permintaan':>10} {'per detik':>10} {'p50':>9} {'p95':>9} galat"
            )
            for nama, jalur, pengguna in HALAMAN:
                if nama in ("dasbor", "anggaran"):
                    c = cookie_jangkar.get(pengguna)
                    for _ in range(4):
                        ukur_satu(port_jangkar, jalur, c)
                    hasil_jangkar = ukur(port_jangkar, jalur, c)
                    print(_baris(f"{nama} (jangkar)", hasil_jangkar))
                c = cookie.get(pengguna) if pengguna else None
                for _ in range(8):  # warm-up: every worker draws its chart once
                    ukur_satu(port, jalur, c)
                hasil = ukur(port, jalur, c)
                print(_baris(nama, hasil))
                _, per_detik, _, p95, galat = hasil
                banding = ""
                if nama in ("dasbor", "anggaran"):
                    banding = f"; {per_detik / hasil_jangkar[1]:.1f}x permintaan/s jangkar"
                print(
                    f"P4 {nama}: {per_detik:.1f} permintaan/s, p95 {p95 * 1000:.0f} ms, "
                    f"galat {galat}{banding} (sasaran p95 < 250 ms, 0 galat)"
                )
        finally:
            for s in (server, jangkar):
                s.terminate()
            for s in (server, jangkar):
                s.wait(timeout=30)


def ukur_satu(port: int, jalur: str, cookie: str | None) -> None:
    c = http.client.HTTPConnection(HOST, port, timeout=60)
    c.request("GET", jalur, headers={"Cookie": cookie} if cookie else {})
    c.getresponse().read()
    c.close()


if __name__ == "__main__":
    main()
