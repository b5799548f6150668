"""The pohon kinerja reads on a phone: no sideways scrolling, text at a readable size."""

import pytest

from conftest import masuk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_tree_fits_a_360_px_phone(peramban, live_server, demo):
    k = peramban.new_context(
        locale="id-ID", viewport={"width": 360, "height": 740}, device_scale_factor=2
    )
    try:
        page = k.new_page()
        masuk(page, live_server, "pic-keuangan")
        page.wait_for_load_state()
        page.goto(f"{live_server.url}/perencanaan/3674/pohon/")
        svg = page.locator("[data-testid=pohon-kinerja] svg")
        kotak = svg.bounding_box()
        assert kotak["width"] <= 360 and kotak["x"] >= 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        # drawn 320 px wide with 12 px text: on screen the text is at least 10 px high
        assert 12 * kotak["width"] / 320 >= 10
        assert svg.locator(".simpul-indikator").count() == 14
    finally:
        k.close()
