"""Screenshots of the desktop client's main screens, under Xvfb at 1366x768.

Builds the demo workspace (resources/demo/demo_case.json, generated photos with EXIF/GPS,
statements, documents) in a temporary folder, starts the real window on it and photographs:
first run, unlock, the incidents list, the incident editor with a Burmese narrative, the evidence
panel with a photo preview, review, verification, keys and team, cases and dossiers with the
dossier export dialog (readiness, then the result), and the Exchange screen with a conflict and
a bundle's import summary. Writes
docs/screenshots/*.png. Re-runs itself under ``xvfb-run`` when there is no display.

    python scripts/screenshots.py [--out docs/screenshots]
    python scripts/screenshots.py --language my     # Burmese UI: docs/screenshots/my/*.png
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)
PASSPHRASE = "demo passphrase for screenshots"  # noqa: S105 (a throwaway demo workspace)


def _ensure_display() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.exit("No display and no xvfb-run: apt-get install xvfb (or set "
                 "QT_QPA_PLATFORM=offscreen).")
    os.execv(xvfb, [xvfb, "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1]}x24", sys.executable,  # noqa: S606
                    str(Path(__file__).resolve()), *sys.argv[1:]])


def _exchange_data(ws: Any, teammate: Any, tmp: Path, kdf: Any) -> Path:
    """An incident edited on both sides (a conflict in ``ws``) and a bundle from a third,
    unknown colleague for the import summary; returns that bundle's path."""
    from evidence_app.services import bundle, cases, incidents
    from evidence_app.services.workspace import create_workspace

    case = cases.list_cases(ws)[0]
    bundle.import_bundle(teammate, bundle.export_bundle(ws, case=case.id,
                                                        output=tmp / "one.zip").path,
                         accept_signers=True)
    target = cases.case_incident_ids(ws, case.id)[0]
    for side, change in ((ws, "narrative"), (teammate, "title")):
        data = {k: v for k, v in incidents.get_record(side, target).items()
                if k not in ("id", "review_status")}
        data[change] = f"{data[change]} (corrected by {side.alias})"
        incidents.update_incident(side, target, incidents.parse_record(data))
    bundle.import_bundle(ws, bundle.export_bundle(teammate, case=case.id,
                                                  output=tmp / "two.zip").path)
    other = create_workspace(tmp / "other", PASSPHRASE, "Naw Htoo (fictional)",
                             team="Karen documentation team", kdf=kdf)
    shelling = incidents.create_incident(other, incidents.parse_record({
        "title": "Shelling of Mae Wai village (fictional)", "acts": [{"violation": "SHL"}],
        "date": {"start": "2024-01-20"}}))
    from evidence_app.media import synth
    from evidence_app.services import ingest

    ingest.ingest_files(other, shelling.id, [synth.make_photo(tmp / "mae-wai.jpg", seed=9)])
    path = bundle.export_bundle(other, incident_ids=[shelling.id], output=tmp / "naw-htoo.zip",
                                ).path
    other.lock()
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the PNGs (default docs/screenshots, or "
                             "docs/screenshots/<language> for another language than English)")
    parser.add_argument("--language", choices=("en", "my"), default="en",
                        help="the UI language, as chosen in Settings > Language")
    args = parser.parse_args()
    if args.out is None:
        args.out = ROOT / "docs" / "screenshots"
        if args.language != "en":
            args.out = args.out / args.language
    _ensure_display()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    from evidence_app.app import build_window
    from evidence_app.crypto.kdf import KdfParams
    from evidence_app.services import demo, keys
    from evidence_app.services.workspace import create_workspace
    from evidence_app.ui.fields import select_data
    from evidence_app.ui.settings import GuiSettings

    out: Path = args.out
    settings = GuiSettings(language=args.language)
    out.mkdir(parents=True, exist_ok=True)

    def wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            app.processEvents()
            time.sleep(0.02)

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        screen = widget.screen()
        pixmap = screen.grabWindow(widget.winId()) if widget.isWindow() else widget.grab()
        if pixmap.isNull() or pixmap.width() < 100:
            pixmap = widget.grab()
        pixmap.save(str(out / f"{name}.png"))
        print(f"{out / name}.png  {pixmap.width()}x{pixmap.height()}")

    # A readable, fixed path: it is shown on the unlock screen and in the first-run dialog.
    base = Path(tempfile.gettempdir()) / "EvidenceApp-demo"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(mode=0o700)
    with tempfile.TemporaryDirectory(prefix="keys-", dir=base) as tmp:
        root = base / "workspace"
        kdf = KdfParams.new(memory_kib=8192, iterations=1, lanes=1)
        ws = create_workspace(root, PASSPHRASE, demo.DEMO_USER, team=demo.DEMO_TEAM, kdf=kdf)
        print(demo.populate(ws, demo.demo_data()))
        teammate = create_workspace(Path(tmp) / "teammate", PASSPHRASE,
                                    "Ko Aung (fictional)", team="Legal desk", kdf=kdf)
        keys.export_public_key(teammate, Path(tmp) / "ko-aung.pem")
        imported = keys.import_public_key(ws, Path(tmp) / "ko-aung.pem")
        keys.set_trust(ws, imported.fingerprint, "trusted")
        teammate.lock()
        ws.lock()

        # First run: the create-workspace dialog over the welcome screen.
        first = build_window(app, base / "new-workspace", settings)
        first.resize(*SIZE)
        first.show()
        first.start_view.create_button.click()
        dialog = first.create_dialog
        assert dialog is not None
        dialog.team_edit.setText("Padauk Documentation Network (fictional)")
        dialog.alias_edit.setText("Ma Thida")
        dialog.passphrase_edit.setText("river village morning tea")
        dialog.repeat_edit.setText("river village morning tea")
        dialog.understood_box.setChecked(True)
        dialog.move(first.geometry().center() - dialog.rect().center())
        settle()
        shoot(first, "01-first-run")
        dialog.reject()
        first.close()

        window = build_window(app, root, settings)
        window.resize(*SIZE)
        window.move(0, 0)
        window.show()
        window.unlock_view.passphrase_edit.setText("••••••••••")
        shoot(window, "02-unlock")
        window.unlock_view.passphrase_edit.clear()
        window.unlock_view.unlock_requested.emit(PASSPHRASE)
        wait(lambda: window.shell is not None)
        shell = window.shell
        assert shell is not None
        wait(lambda: not shell.incidents_view.model.busy)
        shell.incidents_view.table.selectRow(2)
        shoot(window, "03-incidents")

        # The airstrike on Kyun Pin Seik: Burmese title and narrative, photos with GPS.
        view = shell.incidents_view
        row = next(r for r in range(view.model.rowCount())
                   if "ကျွန်းပင်ဆိပ်" in str(view.model.data(view.model.index(r, 3))))
        shell.open_incident(view.model.incident_id(row))
        page = shell.incident_page
        assert page is not None and page.evidence is not None and page.review is not None
        shoot(window, "04-incident-editor")
        page.editor.scroll_area.ensureWidgetVisible(page.editor.acts, 0, 0)
        shoot(window, "05-incident-editor-acts")

        page.tabs.setCurrentWidget(page.evidence)
        panel = page.evidence
        photo_row = next(r for r in range(panel.item_list.count())
                         if panel.item_list.item(r).text().split("\n")[1]
                         .startswith("image/"))
        panel.item_list.setCurrentRow(photo_row)
        photo_id = panel.item_list.item(photo_row).data(Qt.ItemDataRole.UserRole)
        wait(lambda: photo_id in panel._thumbs and all(
            i not in panel._pending_thumbs for i in panel._items))
        panel.item_list.setCurrentRow(photo_row)
        shoot(window, "06-evidence-panel")

        page.tabs.setCurrentWidget(page.review)
        shoot(window, "07-review")

        page.back_button.click()
        shell.nav.setCurrentRow(1)
        shell.verify_view.run()
        wait(lambda: shell.verify_view.task is None, timeout=120)
        select_data(shell.verify_view.filter_combo, "all")
        shoot(window, "08-verify")

        shell.nav.setCurrentRow(2)
        teammate_row = next(r for r, i in enumerate(shell.keys_view.identities)
                            if i.trust == "trusted")
        shell.keys_view.table.selectRow(teammate_row)
        shoot(window, "09-keys-and-team")

        cases_view = shell.cases_view
        shell.nav.setCurrentRow(shell.pages.indexOf(cases_view))
        wait(lambda: cases_view.task is None)
        shoot(window, "12-cases-and-dossiers")
        exporter = cases_view.open_dossier_dialog()
        assert exporter is not None
        wait(lambda: exporter.readiness_task is None, timeout=120)
        exporter.set_output(base / "MMR-EA-2023-01-dossier.pdf")
        exporter.ack_check.setChecked(True)
        exporter.move(window.geometry().center() - exporter.rect().center())
        shoot(window, "13-dossier-export")
        exporter.export()
        wait(lambda: exporter.export_task is None, timeout=300)
        shoot(window, "14-dossier-written")
        exporter.close()

        # Made now, so that the screens above show the demo data as it is.
        from evidence_app.services.workspace import open_workspace

        teammate = open_workspace(Path(tmp) / "teammate", PASSPHRASE)
        assert window.workspace is not None
        incoming = _exchange_data(window.workspace, teammate, Path(tmp), kdf)
        teammate.lock()
        shell.exchange_view.conflicts_view.refresh()
        shell.nav.setCurrentRow(shell.pages.indexOf(shell.exchange_view))
        shoot(window, "10-exchange")
        importer = shell.exchange_view.open_import_dialog()
        importer.verify(incoming)
        wait(lambda: importer.pages.currentWidget() is importer.summary, timeout=120)
        importer.move(window.geometry().center() - importer.rect().center())
        shoot(window, "11-bundle-import-summary")
        importer.close()
        window.lock()
        window.close()
    shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
