"""docs/serve.png: the page of `convert serve` with the seed read and one line corrected,
taken with headless chromium (Debian's, through chromium-driver). Run from the repository:

    .venv/bin/python docs/make_serve_image.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2eef0502365f63f1.txt"


def main() -> None:
    server = subprocess.Popen([sys.executable, "-m", "convert", "serve", "--port", "0"], stdout=subprocess.PIPE,
                              text=True, cwd=ROOT)
    profile = tempfile.mkdtemp()
    try:
        url = re.search(r"http://\S+/", server.stdout.readline()).group(0)
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium")
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--no-first-run", f"--user-data-dir={profile}", "--window-size=1280,1180",
                     "--force-device-scale-factor=1", "--hide-scrollbars"):
            options.add_argument(flag)
        drv = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        try:
            drv.get(url)
            while not drv.find_elements(By.CSS_SELECTOR, "#formats input"):
                time.sleep(0.2)
            drv.find_element(By.ID, "pick-files").send_keys(str(SEED))
            while not drv.find_elements(By.CSS_SELECTOR, "#outline .otitle"):
                time.sleep(0.2)
            rows = [r for r in drv.find_elements(By.CSS_SELECTOR, ".row.k-body")
                    if r.find_element(By.CSS_SELECTOR, ".kind").text == "正文"]
            rows[-1].click()
            drv.find_element(By.CSS_SELECTOR, '#menu button[data-kind="remove"]').click()
            time.sleep(0.3)
            drv.execute_script("document.querySelector('#toast').hidden = true; window.scrollTo(0, 0)")
            drv.save_screenshot(str(ROOT / "docs" / "serve.png"))
        finally:
            drv.quit()
    finally:
        server.send_signal(2)
        server.wait(timeout=20)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
