"""convert serve in a real browser: Debian's chromium driven by Selenium through
chromium-driver (never a downloaded browser). The user's path of issue 15: start
`convert serve`, drop the seed, see the title and the two 一、/二、 headings in the
outline, mark the last body line as boilerplate, download the DOCX, and find the title
but not that line in it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from conftest import require

pytestmark = [pytest.mark.validator, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000")


@pytest.fixture(scope="module")
def server():
    """`convert serve --port 0`, as a user starts it; its URL from the line it prints."""
    # (no browser, no server: the skip comes before a server is started and stopped at once)
    require(shutil.which("chromium") is not None and shutil.which("chromedriver") is not None,
            "chromium and chromium-driver (Debian)")
    proc = subprocess.Popen([sys.executable, "-m", "convert", "serve", "--port", "0", "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        m = re.search(r"http://\S+/", line)
        assert m, f"no URL printed: {line!r} {proc.stderr.read() if proc.poll() is not None else ''}"
        yield m.group(0)
    finally:
        proc.send_signal(2)          # Ctrl-C
        try:
            # (a clean exit, not a fast one: on a loaded machine its workers took over 20 s to stop)
            out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        assert proc.returncode == 0, err
        assert "Traceback" not in err, err


@pytest.fixture()
def browser(tmp_path):
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    require(chromium is not None and driver is not None, "chromium and chromium-driver (Debian)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_experimental_option("prefs", {"download.default_directory": str(tmp_path),
                                              "download.prompt_for_download": False})
    drv = webdriver.Chrome(service=Service(driver), options=options)
    drv.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait(predicate, timeout=60.0, what="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_drop_check_correct_download(server, browser, tmp_path, seed_path):
    from docx import Document as Docx
    from selenium.webdriver.common.by import By

    browser.get(server)
    _wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#formats input"), what="the options")
    # drop the seed (a file input is what a drop ends in; the page reads both the same way)
    browser.find_element(By.ID, "pick-files").send_keys(str(seed_path))
    outline = _wait(lambda: [e for e in browser.find_elements(By.CSS_SELECTOR, "#outline") if e.text.strip()],
                    what="the outline")[0]
    title = outline.find_element(By.CSS_SELECTOR, ".otitle").text
    assert title == "区2023年人大、政协常务委员会工作报告"
    heads = [a.text for a in outline.find_elements(By.CSS_SELECTOR, "a.lv1")]
    assert [h[:2] for h in heads] == ["一、", "二、"], heads

    # the last body line: mark it as boilerplate
    body_rows = browser.find_elements(By.CSS_SELECTOR, ".row.k-body")
    last = [r for r in body_rows if r.find_element(By.CSS_SELECTOR, ".kind").text == "正文"][-1]
    last_text = last.find_element(By.CSS_SELECTOR, ".text").text
    line = last.get_attribute("data-line")
    last.click()
    browser.find_element(By.CSS_SELECTOR, '#menu button[data-kind="remove"]').click()
    _wait(lambda: "removed" in browser.find_element(By.CSS_SELECTOR, f'.row[data-line="{line}"]').get_attribute("class"),
          what="the line struck through")

    # download the DOCX
    docx_box = browser.find_element(By.CSS_SELECTOR, "#formats input[value=docx]")
    if not docx_box.is_selected():
        docx_box.click()
    browser.find_element(By.CSS_SELECTOR, '#downloads button[data-format="docx"]').click()
    path = _wait(lambda: [p for p in tmp_path.glob("*.docx")], what="the DOCX download")[0]
    _wait(lambda: path.stat().st_size > 0 and not list(tmp_path.glob("*.crdownload")), what="the download to end")
    text = "\n".join(p.text for p in Docx(str(path)).paragraphs)
    assert "区2023年人大、政协常务委员会工作报告" in text
    assert last_text[:20] not in text
    assert "坚持党的领导" in text
