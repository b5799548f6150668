"""The app's own pages satisfy its Content-Security-Policy: 0 violations in a real Chromium.

Every violation the browser reports (the `securitypolicyviolation` event, recorded by a
script Playwright injects outside the page's CSP, and the console's CSP messages) counts.
"""

import re

import pytest

from conftest import masuk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CATAT = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""

HALAMAN = [
    "/satker/3674/2023/",
    "/satker/3674/renstra/",
    "/satker/3674/2023/iku/",
    "/satker/3674/2023/pk/",
    "/pengukuran/3674/2024/tw1/",
    "/pengukuran/tugas/",
    "/anggaran/3674/2023/",
    "/anggaran/3674/2023/impor/",
    "/anggaran/3674/2023/sasaran/",
    "/laporan/3674/2023/",
    "/laporan/3674/2023/narasi/",
    "/laporan/3674/2023/lkj/pratinjau/",
    "/periksa/",
    "/periksa/data/3674/2023/",
    "/satker/",
    "/laporan/publik/",
]


def test_main_pages_have_no_csp_violation(live_server, peramban):
    from sakip.demo.anggaran import muat_demo_anggaran
    from sakip.demo.muat import muat_semua
    from sakip.organisasi.models import Satker
    from sakip.perencanaan.models import Indikator

    muat_semua()
    satker = Satker.objects.get(kode="3674")
    muat_demo_anggaran(satker)
    ind = Indikator.objects.filter(sasaran__renstra__satker=satker).first()
    konteks = peramban.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
    konteks.add_init_script(CATAT)
    page = konteks.new_page()
    page.set_default_timeout(20000)
    konsol = []
    page.on(
        "console",
        lambda m: konsol.append(m.text) if "Content Security Policy" in m.text else None,
    )
    pelanggaran = {}
    page.goto(f"{live_server.url}/masuk/")
    pelanggaran["/masuk/"] = page.evaluate("window.__csp")
    masuk(page, live_server, "perencana")
    page.wait_for_url(re.compile(r".*/satker/3674/\d{4}/$"))
    for path in [*HALAMAN, f"/satker/3674/indikator/{ind.pk}/"]:
        r = page.goto(f"{live_server.url}{path}")
        assert r.status < 400, (path, r.status)
        assert "Content-Security-Policy" in {k.title(): v for k, v in r.headers.items()} or (
            "content-security-policy" in r.headers
        )
        page.wait_for_load_state("load")
        pelanggaran[path] = page.evaluate("window.__csp")
    konteks.close()
    dilanggar = {p: v for p, v in pelanggaran.items() if v}
    assert dilanggar == {} and konsol == [], (dilanggar, konsol)
    assert len(pelanggaran) == len(HALAMAN) + 2
