"""P4: pages under load. 50 concurrent clients for 30 s per page against a real gunicorn.

Loads the demo (with its DIPA) into a throw-away SQLite database (or uses DATABASE_URL when
set), starts `gunicorn sakip.wsgi` with 2 workers x 4 threads on 127.0.0.1 (a free port),
logs in through the real login form (keeping the session and CSRF cookies, as a browser
does), and for each page runs KLIEN clients for DURASI seconds, each on its own keep-alive
connection sending the next request as soon as the answer is read (one asyncio loop). Prints
requests/s, the median and p95 latency and the errors (any answer but 200, or a failed
connection). The dashboard and the budget page are also measured, just before, against an
anchor server that runs the same code with no cache at all (SAKIP_CACHE=tanpa: every page
built and every chart drawn on each request).

Bounded by construction: only 127.0.0.1, a fixed number of clients and a fixed duration
(BEBAN_KLIEN, BEBAN_DURASI override them). The clients run on the same 2 shared cores as
the server, so the figures are a floor, not a capacity.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
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
    kue = dict(k.split(";", 1)[0].split("=", 1) for k in r.msg.get_all("Set-Cookie") or [])
    if r.status != 302 or "sessionid" not in kue:
        raise SystemExit(f"beban: gagal masuk sebagai {username} (status {r.status})")
    c.close()
    # as a browser: the session and the CSRF cookie that the login rotated
    return f"sessionid={kue['sessionid']}; csrftoken={kue.get('csrftoken', csrf)}"


async def _klien(port, permintaan: bytes, batas: float, waktu: list, galat: list) -> None:
    """One client: a keep-alive connection, the next request as soon as the answer is read."""
    baca = tulis = None
    while time.perf_counter() < batas:
        awal = time.perf_counter()
        try:
            if tulis is None:
                baca, tulis = await asyncio.open_connection(HOST, port)
            tulis.write(permintaan)
            kepala = await asyncio.wait_for(baca.readuntil(b"\r\n\r\n"), 60)
            status = int(kepala[9:12])
            panjang = re.search(rb"(?im)^content-length:\s*(\d+)", kepala)
            if panjang is None:
                raise ConnectionError("jawaban tanpa Content-Length")
            await baca.readexactly(int(panjang.group(1)))
            if re.search(rb"(?im)^connection:\s*close", kepala):
                tulis.close()
                tulis = None
        except (OSError, ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            galat.append(1)
            if tulis is not None:
                tulis.close()
            tulis = None
            continue
        waktu.append(time.perf_counter() - awal)
        if status != 200:
            galat.append(1)
    if tulis is not None:
        tulis.close()


async def _semua(port, permintaan, batas, waktu, galat) -> None:
    await asyncio.gather(*(_klien(port, permintaan, batas, waktu, galat) for _ in range(KLIEN)))


def ukur(port: int, jalur: str, cookie: str | None) -> tuple[int, float, float, float, int]:
    """KLIEN clients for DURASI seconds, all in one asyncio loop (the tool's own CPU stays
    small next to the server's: 50 Python threads competed with gunicorn for the 2 cores)."""
    waktu: list[float] = []
    galat: list[int] = []
    kepala = f"GET {jalur} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
    if cookie:
        kepala += f"Cookie: {cookie}\r\n"
    permintaan = (kepala + "\r\n").encode()
    mulai = time.perf_counter()
    asyncio.run(_semua(port, permintaan, mulai + DURASI, waktu, galat))
    lama = time.perf_counter() - mulai
    waktu.sort()
    n = len(waktu)
    p50 = waktu[n // 2] if n else float("nan")
    p95 = waktu[min(n - 1, int(n * 0.95))] if n else float("nan")
    return n, n / lama, p50, p95, len(galat)


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
                "bersama (klien di mesin yang sama, asyncio); jangkar = kode yang sama tanpa tembolok apa pun, "
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
