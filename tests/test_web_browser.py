"""The web page in a real browser: Debian's Chromium driven by Selenium, against a real server.

One browser and one server for the whole module. Nothing is downloaded: the browser is
/usr/bin/chromium and the driver /usr/bin/chromedriver (packages chromium, chromium-driver).
Without them the tests skip, except in CI (CI=true), where they fail.

Set NEWSGRAPH_SCREENSHOTS=docs to write the README's screenshot to docs/article.png.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest

from newsgraph.web import create_app

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("NEWSGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync "
    "--disable-dev-shm-usage --hide-scrollbars"
).split()
DOCS = Path(__file__).resolve().parents[1] / "docs"


def _cannot_start(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"Chromium cannot start in CI: {reason}")
    pytest.skip(f"Chromium cannot start: {reason}")


@pytest.fixture(scope="module")
def server(web_store):
    import uvicorn

    app = create_app(str(web_store[0]))
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    port = srv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    app.state.db.close()


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        _cannot_start(
            f"{CHROMIUM} or {CHROMEDRIVER} is missing (apt-get install chromium chromium-driver)"
        )
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager never downloads anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="newsgraph-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    except Exception as err:  # noqa: BLE001 - any failure to start is reported the same way
        _cannot_start(str(err).splitlines()[0])
    driver.set_window_size(1280, 900)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser, server):
    """Open a path; afterwards, check the browser reported no error (CSP violations included)."""
    browser.get_log("browser")

    def open_(path: str):
        browser.get(server + path)
        return browser

    yield open_
    problems = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not problems, problems


def by(css: str):
    from selenium.webdriver.common.by import By

    return (By.CSS_SELECTOR, css)


def wait_for(driver, condition, timeout: float = 5.0):
    """Wait until `condition(driver)` is true (after a click that loads a page)."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition)


def marked_text(driver) -> str:
    return " ".join(e.text for e in driver.find_elements(*by(".ng-text .ng-on")))


# --------------------------------------------------------------------------- journeys


def test_home_page(page, web_store):
    driver = page("/")
    assert driver.title.startswith("Corpus")
    counts = driver.find_element(*by(".counts")).text
    assert f"{len(web_store[1])} articles" in counts
    assert driver.find_element(*by("svg.chart"))


def test_search_statements_from_the_keyboard(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver = page("/")
    ActionChains(driver).send_keys("/").perform()  # "/" focuses the search box
    active = driver.switch_to.active_element
    assert active.get_attribute("name") == "q"
    active.send_keys("patrol", Keys.ENTER)
    wait_for(driver, lambda d: "/statements" in d.current_url)
    assert "/statements?q=patrol" in driver.current_url  # empty fields left out of the URL
    cards = driver.find_elements(*by("ol.cards .content"))
    assert cards and all("patrol" in c.text.lower() for c in cards)


def test_open_article_and_click_a_statement(page, web_store):
    reading = next(r for r in web_store[1] if len(r.statements) >= 4)
    driver = page(f"/statements?article={reading.article.id}")
    driver.find_element(*by("ol.cards .content")).click()  # opens the article at that statement
    wait_for(driver, lambda d: "/articles/" in d.current_url)
    assert f"/articles/{reading.article.id}#" in driver.current_url
    assert driver.find_elements(*by(".ng-text .ng-on"))
    target = reading.statements[1]
    driver.find_element(*by(f'.ng-side a.ng-item[data-for="{target.id}"]')).click()
    assert driver.current_url.endswith(f"#{target.id}")
    marked = marked_text(driver)
    for word in target.content.text.split()[:3]:
        assert word in marked
    if target.speaker.span:
        assert target.speaker.span.text.split()[-1] in marked
    item = driver.find_element(*by(f'.ng-side li[data-for="{target.id}"]'))
    assert "ng-on" in item.get_attribute("class")
    others = driver.find_elements(*by(".ng-side li.ng-on"))
    assert len(others) == 1


def test_click_on_words_selects_their_statement(page, web_store):
    reading = next(r for r in web_store[1] if len(r.statements) >= 4)
    driver = page(f"/articles/{reading.article.id}")
    speaker = driver.find_element(*by(".ng-text .ng-speaker"))
    speaker.click()
    selected = driver.find_elements(*by(".ng-side li.ng-on"))
    assert len(selected) == 1
    assert selected[0].get_attribute("data-for") in speaker.get_attribute("data-i").split()


def test_j_and_k_walk_the_items(page, web_store):
    from selenium.webdriver.common.action_chains import ActionChains

    reading = next(r for r in web_store[1] if len(r.statements) >= 4)
    driver = page(f"/articles/{reading.article.id}")
    ActionChains(driver).send_keys("j").perform()
    assert driver.current_url.endswith(f"#{reading.statements[0].id}")
    ActionChains(driver).send_keys("j").send_keys("j").send_keys("k").perform()
    assert driver.current_url.endswith(f"#{reading.statements[1].id}")
    assert marked_text(driver)


def test_follow_a_speaker(page, web_store):
    reading = next(r for r in web_store[1] if any(s.speaker.actor for s in r.statements))
    st = next(s for s in reading.statements if s.speaker.actor)
    driver = page(f"/articles/{reading.article.id}")
    driver.find_element(*by(f'.ng-side li[data-for="{st.id}"] .ng-who a')).click()
    wait_for(driver, lambda d: "/actors/" in d.current_url)
    assert "/actors/" in driver.current_url
    assert st.speaker.name in driver.find_element(*by("h1")).text
    said = [c.text for c in driver.find_elements(*by("ol.cards .content"))]
    assert st.content.text in said


def test_open_a_story_and_compare_a_copy(page):
    driver = page("/")
    driver.find_element(*by('header nav a[href="/stories"]')).click()
    wait_for(driver, lambda d: d.current_url.endswith("/stories"))
    missing = driver.find_elements(*by(".missing"))
    if missing:  # a store without the provenance tables
        assert "not yet available in this store" in missing[0].text
        return
    stories = driver.find_elements(*by("ol.cards a.content"))
    assert stories
    for i in range(len(stories)):  # the story that holds a copy pair
        driver.find_elements(*by("ol.cards a.content"))[i].click()
        wait_for(driver, lambda d: "/stories/" in d.current_url)
        assert driver.find_elements(*by('ol.cards a[href^="/articles/"]'))
        compare = driver.find_elements(*by('a[href^="/compare?"]'))
        if compare:
            break
        driver.back()
    compare[0].click()
    wait_for(driver, lambda d: "/compare?" in d.current_url)
    shared = driver.find_elements(*by('.compare .ng-text [data-i~="p1"]'))
    assert len(shared) >= 2  # the first shared passage, on both sides
    for mark in (shared[0], shared[-1]):  # a mark on side A, then one on side B
        mark.click()
        sides = driver.execute_script(
            "return new Set(Array.from(document.querySelectorAll('.compare .ng-text .ng-on'))"
            ".map(e => e.closest('section').querySelector('h2').textContent)).size"
        )
        assert sides == 2  # clicking one side marks the passage on both


def test_timeline_bar_opens_its_events(page):
    driver = page("/events")
    driver.find_element(*by("figure.chart svg a rect")).click()
    wait_for(driver, lambda d: "since=" in d.current_url)
    assert "since=" in driver.current_url and "until=" in driver.current_url
    assert driver.find_elements(*by("table.rows tbody tr"))


# --------------------------------------------------------------------------- hostile articles


def _hostile_paths(web_store) -> list[str]:
    hostile = [r for r in web_store[1] if "script" in (r.article.title or "")]
    assert len(hostile) == 2
    paths = [f"/articles/{r.article.id}" for r in hostile]
    return [
        *paths,
        "/",
        "/articles",
        "/statements",
        "/statements?q=useful",
        "/events",
        "/errors",
        "/actors/LVAGOV",
        "/actors",
        "/copies",
        "/claims",
        "/stories",
        "/markers",
    ]


def test_nothing_in_an_article_runs(page, web_store):
    from selenium.common.exceptions import NoAlertPresentException

    for path in _hostile_paths(web_store):
        driver = page(path)
        assert driver.execute_script("return window.__xss === undefined"), path
        assert driver.title.endswith(" · newsgraph"), path  # no script set the title
        assert driver.execute_script("return document.scripts.length") == 1, path
        assert not driver.find_elements(*by('a[href^="javascript:"], iframe, img, svg[onload]')), (
            path
        )
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text  # noqa: B018
    driver = page("/copies")
    for link in [
        a.get_attribute("href") for a in driver.find_elements(*by('a[href*="/compare?"]'))
    ]:
        driver = page("/" + link.split("/", 3)[3])  # http://host:port/compare?… → /compare?…
        assert driver.execute_script("return window.__xss === undefined"), link
        assert driver.execute_script("return document.scripts.length") == 1, link
    # the hostile title is shown as text, not markup
    hostile = next(r for r in web_store[1] if (r.article.title or "").startswith("<script>"))
    driver = page(f"/articles/{hostile.article.id}")
    assert driver.find_element(*by("h2.ng-title")).text == hostile.article.title
    # hovering and clicking the marked words runs nothing either
    for mark in driver.find_elements(*by(".ng-text [data-i]"))[:5]:
        mark.click()
    assert driver.execute_script("return window.__xss === undefined")


# --------------------------------------------------------------------------- phone, screenshot


def test_readable_on_a_phone(page, browser, web_store):
    reading = next(r for r in web_store[1] if len(r.statements) >= 4)
    browser.set_window_size(390, 844)
    try:
        for path in ("/", "/statements", "/events", f"/articles/{reading.article.id}"):
            driver = page(path)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 1, (path, overflow)
    finally:
        browser.set_window_size(1280, 900)


def test_screenshot_of_the_article_page(page, browser, web_store, tmp_path):
    reading = next(r for r in web_store[1] if len(r.statements) >= 6)
    st = next(s for s in reading.statements if s.kind == "direct")
    browser.set_window_size(1280, 760)
    try:
        driver = page(f"/articles/{reading.article.id}")
        driver.find_element(*by(f'.ng-side a.ng-item[data-for="{st.id}"]')).click()
        driver.execute_script("window.scrollTo(0, 0)")
        folder = DOCS if os.environ.get("NEWSGRAPH_SCREENSHOTS") == "docs" else tmp_path
        folder.mkdir(exist_ok=True)
        shot = folder / "article.png"
        assert driver.save_screenshot(str(shot))
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    finally:
        browser.set_window_size(1280, 900)


def test_an_actor_marks_its_mentions(page, web_store):
    reading = next(r for r in web_store[1] if any(len(a.mentions) >= 2 for a in r.actors))
    actor = next(a for a in reading.actors if len(a.mentions) >= 2)
    driver = page(f"/articles/{reading.article.id}")
    driver.find_element(*by(f'.ng-side a.ng-item[data-for="{actor.id}"]')).click()
    marked = marked_text(driver)
    for mention in actor.mentions:
        assert mention.text in marked
