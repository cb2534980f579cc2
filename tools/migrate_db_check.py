#!/usr/bin/python3
"""Before and after `kenes migrate-db` (tools/migrate_db_test.sh), through the API.

    migrate_db_check.py before BASE_URL STATE.json   # on SQLite: file appeals, attach a photo
    migrate_db_check.py after BASE_URL STATE.json    # on the PostgreSQL copy: all still there

`after` checks that the citizen's session from before still works (sessions were copied), that
every appeal is there with its talon and its photo byte for byte, that signing in works, and that
a new appeal gets the next talon number of its series (counters and id sequences were carried).
"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kenes_client import STAFF, CITIZEN, Client, all_appeals, history_problems, png, talon_key, talon_problems  # noqa: E402

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def file_appeal(client, maslikhat_id, i):
    status, appeal = client.json("POST", "/api/v1/appeals", {
        "type": "proposal", "language": "ru", "subject": f"Переезд на PostgreSQL {i}",
        "body": "Проверка переноса данных.", "addressee": "maslikhat", "maslikhat_id": maslikhat_id})
    check(status == 201, f"appeal {i} filed (HTTP {status})")
    return appeal


def before(base, state_path):
    citizen = Client(base).sign_in(*CITIZEN)
    _, maslikhats = citizen.json("GET", "/api/v1/maslikhats")
    items = maslikhats["items"] if isinstance(maslikhats, dict) else maslikhats
    maslikhat_id = items[0]["id"]
    appeals = [file_appeal(citizen, maslikhat_id, i) for i in range(3)]
    photo = png(16, 16)
    status, _, body = citizen.send("POST", f"/api/v1/appeals/{appeals[0]['id']}/attachments",
                                   photo, "application/octet-stream")
    check(status == 201, f"a photo attached (HTTP {status})")
    attachment = json.loads(body)["id"]
    _, _, served = citizen.send("GET", f"/api/v1/appeals/{appeals[0]['id']}/attachments/{attachment}")
    admin = Client(base).sign_in(*STAFF)
    status, _ = admin.json("POST", f"/api/v1/appeals/{appeals[1]['id']}/actions", {"action": "start"})
    check(status == 200, f"staff take an appeal up (HTTP {status})")
    state = {
        "cookies": citizen.cookies, "maslikhat_id": maslikhat_id,
        "appeals": [{"id": a["id"], "number": a["talon"]["number"]} for a in appeals],
        "attachment": {"appeal": appeals[0]["id"], "id": attachment,
                       "sha256": hashlib.sha256(served).hexdigest()},
    }
    with open(state_path, "w") as f:
        json.dump(state, f)


def after(base, state_path):
    with open(state_path) as f:
        state = json.load(f)
    kept = Client(base)
    kept.cookies = dict(state["cookies"])
    status, me = kept.json("GET", "/api/v1/me")
    check(status == 200, f"the citizen's session from SQLite still works (HTTP {status})")
    for a in state["appeals"]:
        status, appeal = kept.json("GET", f"/api/v1/appeals/{a['id']}")
        check(status == 200 and appeal["number"] == a["number"],
              f"appeal {a['number']} is there (HTTP {status})")
        if status == 200:
            problem = history_problems(appeal)
            check(problem is None, f"appeal {a['number']}: its history matches its status {problem or ''}")
    att = state["attachment"]
    status, _, body = kept.send("GET", f"/api/v1/appeals/{att['appeal']}/attachments/{att['id']}")
    check(status == 200 and hashlib.sha256(body).hexdigest() == att["sha256"],
          f"the photo is served byte for byte (HTTP {status})")
    fresh = Client(base).sign_in(*CITIZEN)
    check(True, "the citizen signs in on PostgreSQL")
    last = max(talon_key(a["number"])[1] for a in state["appeals"])
    appeal = file_appeal(fresh, state["maslikhat_id"], "new")
    if appeal:
        series, seq = talon_key(appeal["talon"]["number"])
        check(seq == last + 1, f"the next appeal gets talon {appeal['talon']['number']} (after {last})")
    admin = Client(base).sign_in(*STAFF)
    problems = talon_problems(all_appeals(admin, state["maslikhat_id"]))
    check(not problems, f"talon numbers unique and without gaps {problems or ''}")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("before", "after"):
        sys.exit(__doc__)
    (before if sys.argv[1] == "before" else after)(sys.argv[2].rstrip("/"), sys.argv[3])
    print(f"migrate-db check ({sys.argv[1]}): {len(failures)} failures")
    sys.exit(1 if failures else 0)
