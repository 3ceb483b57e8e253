"""The dashboard in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright) against the live server."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium (make system-deps)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Screenshots go to a tmp dir, or to $DETENTE_SCREENSHOT_DIR to keep them for a look."""
    keep = os.environ.get("DETENTE_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        return Path(keep)
    return tmp_path_factory.mktemp("dashboard-screenshots")


@pytest.fixture
def page(browser, server):
    """A fresh browser context per test; records page errors and any request that leaves the server."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600})
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(f"page error: {error}"))
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(f"console: {msg.text}"))
    page.on("request", lambda request: request.url.startswith(server.url) or page.problems.append(f"external: {request.url}"))
    yield page
    context.close()


def open_dashboard(page, server, hash_=""):
    page.goto(f"{server.url}/{hash_}")
    page.wait_for_selector("body[data-state=ready]", timeout=20_000)


def click_period(page, period: str) -> None:
    """Click the index chart's point of the period, where a user would."""
    box = page.evaluate("""(period) => {
        const chart = window.detente.charts.index;
        const i = window.detente.series.periods.findIndex((p) => p.period === period);
        const point = chart.getDatasetMeta(0).data[i];
        const rect = chart.canvas.getBoundingClientRect();
        return {x: rect.left + point.x, y: rect.top + point.y};
    }""", period)
    page.mouse.click(box["x"], box["y"])
    page.wait_for_selector("body[data-events=ready]", timeout=10_000)


def test_choose_dyad_and_see_the_plot(page, server, screenshots):
    open_dashboard(page, server)
    page.select_option("#actor-a", "RUS")
    page.select_option("#actor-b", "VEN")
    page.click("#show")
    page.wait_for_selector("body[data-state=ready]")
    assert "RUS–VEN" in page.text_content("#summary")
    page.select_option("#actor-a", "USA")
    page.select_option("#actor-b", "COL")
    page.click("#show")
    page.wait_for_function("() => document.querySelector('#summary').textContent.includes('USA–COL')")
    page.wait_for_selector("body[data-state=ready]")
    summary = page.text_content("#summary")
    assert "conflict" in summary and "then cooperation (+3.2) from 2026-02" in summary
    chart = page.evaluate("""() => ({points: window.detente.charts.index.data.labels.length,
                                    turning: window.detente.charts.index.options.plugins.turningPoints.points.map(p => p.label),
                                    types: window.detente.charts.types.data.datasets.map(d => d.label)})""")
    assert chart == {"points": 16, "turning": ["2026-02 toward cooperation"], "types": ["AGREE", "THREATEN"]}
    assert "a=USA" in page.url and "b=COL" in page.url
    page.screenshot(path=str(screenshots / "dyad.png"), full_page=True)
    assert (screenshots / "dyad.png").stat().st_size > 20_000
    assert page.problems == []


def test_click_a_point_to_read_the_evidence(page, server, screenshots):
    open_dashboard(page, server, "#a=USA&b=COL&freq=month")
    click_period(page, "2026-02-01")
    assert "2026-02-01 … 2026-02-28 — 2 events" in page.text_content("#events-title")
    item = page.locator("#events li.event").first
    assert item.locator("mark.trigger").text_content() == "agreed"
    assert item.locator("mark.source").text_content() == "United States"
    assert item.locator("mark.target").text_content() == "Colombia"
    assert "reported by 2 outlets" in item.text_content()
    assert item.locator(".confidence").text_content() == "80% likely right"  # the stored confidence, 0.8
    assert item.locator("a.source-link").get_attribute("href").startswith("https://")
    item.locator("button.open-article").click()
    page.wait_for_selector("#article-panel:not([hidden]) mark.current")
    assert page.text_content("#article-panel mark.current").startswith("The United States agreed")
    assert "This is a new chapter" in page.text_content("#quotes")
    page.screenshot(path=str(screenshots / "evidence.png"), full_page=True)
    assert page.problems == []


def test_hostile_article_text_stays_text(page, server, screenshots):
    open_dashboard(page, server, "#a=USA&b=COL&freq=month")
    click_period(page, "2026-03-01")
    hostile = page.locator("#events li.event", has_text="warned")
    assert "<script>window.__pwned = 1</script>" in hostile.locator(".evidence").text_content()
    assert "<script>window.__pwned=4</script>" in hostile.text_content()  # the title, shown as text
    assert hostile.locator("a").count() == 0  # its javascript: URL never becomes a link
    hostile.locator("button.open-article").click()
    page.wait_for_selector("#article-panel:not([hidden]) mark.current")
    assert page.text_content("#article-title") == "<script>window.__pwned=4</script>"
    assert "<b>evil</b>" in page.text_content("#article-meta")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img, main b").count() == 0
    page.screenshot(path=str(screenshots / "hostile.png"), full_page=True)
    assert page.problems == []


def test_map_network_and_period_picker(page, server):
    open_dashboard(page, server, "#a=USA&b=COL&freq=month")
    assert page.locator("#map path.land").count() == 1
    titles = page.locator("#map circle.place title").all_text_contents()
    assert len(titles) == 2 and any(t.startswith("Bogotá (COL): 13 events") for t in titles)
    assert sorted(page.locator("#network g.node").evaluate_all("nodes => nodes.map(n => n.dataset.code)")) == [
        "COL", "RUS", "USA", "VEN"]
    assert page.locator("#network g.node.selected").count() == 2
    page.locator("#map circle.place").first.click()
    page.wait_for_selector("body[data-events=ready]")
    assert "at Bogotá — 13 events" in page.text_content("#events-title")
    page.check("#dedup")
    page.click("#show")
    page.wait_for_function("() => window.detente.series && window.detente.series.dedup === true")
    page.wait_for_selector("body[data-state=ready]")
    assert "dedup=1" in page.url and "(17 events;" in page.text_content("#summary")
    page.select_option("#period", label="2025-01-01: 1 events, index -5.0")
    page.wait_for_function("() => document.querySelector('#events-title').textContent.includes('2025-01-01')")
    page.locator("#network g.node[data-code=VEN] circle").click()
    page.wait_for_function("() => document.querySelector('#summary').textContent.includes('No events between USA and VEN')")
    assert page.problems == []
