"""Bulk generator of realistic incidents for benchmarks (SQLAlchemy Core, one transaction).

Rows go into the real encrypted database of a real workspace, with acts and the full-text index,
so the timed queries are the app's own. Custody events are not generated (listing and search do
not read them); this is a load generator, not a way to create records a court would see.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from evidence_app.model.tables import Act, Incident
from evidence_app.services.workspace import Workspace
from evidence_app.store.search import index_new_incidents

STATES = [("Sagaing", ["Kanbalu", "Tabayin", "Pale", "Myaung"]),
          ("Magway", ["Gangaw", "Pauk", "Tilin"]), ("Chin", ["Thantlang", "Falam"]),
          ("Kayah", ["Demoso", "Loikaw"]), ("Shan", ["Lashio", "Hsipaw"]),
          ("Rakhine", ["Pauktaw", "Minbya"])]
CODES = ["AIR", "SHL", "BRN", "DET", "KIL", "DSP", "MIN", "TOR"]
BURMESE = ["လေကြောင်းတိုက်ခိုက်မှု", "ကျေးရွာ မီးရှို့ခံရမှု", "ဖမ်းဆီးထိန်းသိမ်းမှု",
           "အမြောက်ဖြင့် ပစ်ခတ်မှု", "စစ်ဘေးရှောင် ထွက်ပြေးရမှု"]
ENGLISH = ["Airstrike on the village", "Houses burned by soldiers", "Detention at checkpoint",
           "Artillery shelling of the market", "Families displaced after the attack"]


def generate_incidents(ws: Workspace, count: int, *, seed: int = 7) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    incidents: list[dict[str, object]] = []
    acts: list[dict[str, object]] = []
    fts: list[tuple[str, date, list[str | None]]] = []
    for i in range(count):
        iid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        state, townships = rng.choice(STATES)
        township = rng.choice(townships)
        k = rng.randrange(len(ENGLISH))
        burmese = rng.random() < 0.5
        title = f"{BURMESE[k] if burmese else ENGLISH[k]} #{i}"
        narrative = (f"{BURMESE[k]} {township} မြို့နယ်။ " * 3 if burmese
                     else f"{ENGLISH[k]} in {township} township, {state}. " * 3)
        start = date(2021, 2, 1) + timedelta(days=rng.randrange(1400))
        incidents.append({
            "id": iid, "title": title, "narrative": narrative,
            "narrative_language": "my" if burmese else "en", "date_start": start,
            "date_end": None, "date_precision": "day", "time_local": None, "date_basis": "",
            "state_region": state, "district": None, "township": township,
            "village_tract": None, "village": f"Village {i % 5000}", "place_description": "",
            "latitude": None, "longitude": None, "accuracy_m": None,
            "location_status": "located", "place_basis": "", "confidentiality": "confidential",
            "review_status": rng.choice(["draft", "ready_for_review", "verified"]),
            "review_comment": "", "revision": 1, "created_at": now, "created_by": ws.fingerprint,
            "updated_at": now, "updated_by": ws.fingerprint})
        for position, code in enumerate(rng.sample(CODES, rng.choice([1, 1, 2]))):
            acts.append({"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                         "incident_id": iid, "position": position, "violation_code": code,
                         "description": "", "characterizations": []})
        fts.append((iid, start, [title, narrative, state, township]))
    with ws.engine.begin() as conn:
        conn.execute(insert(Incident), incidents)
        conn.execute(insert(Act), acts)
        index_new_incidents(conn, fts)
