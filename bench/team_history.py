#!/usr/bin/env python3
"""A team repository with a year of history, as a `git fast-import` stream
on standard output (bench/team-history.sh feeds it to git).

    python3 bench/team_history.py CASES MEETINGS_PER_CASE | git fast-import

Each case is started (lsk.yaml), each meeting is made, edited three times
(the place, an agreed action, the notes) and its memo rendered, by one of
twenty fictional workers, over the year 2025-12-01 .. 2026-11-30: with 2,000
cases of 5 meetings, 52,000 commits. Deterministic (a fixed seed), so two
runs give the same repository. Fictional people only.
"""

import datetime
import random
import sys

WORKERS = [
    "Sanna Virtanen", "Leena Mäkelä", "Aino Korhonen", "Mikko Nieminen",
    "Karin Nyström", "Jukka Laine", "Elina Heikkinen", "Tuomas Koskinen",
    "Maria Lindqvist", "Pekka Järvinen", "Hanna Lehtonen", "Johanna Saarinen",
    "Ville Salminen", "Riikka Heinonen", "Anders Holm", "Outi Turunen",
    "Satu Kinnunen", "Timo Salo", "Laura Rantanen", "Eeva Hämäläinen",
]
KINDS = ["daycare", "school", "network", "family-group-conference", "other"]
START = 1764547200  # 2025-12-01T00:00:00Z
YEAR = 365 * 24 * 3600


def meeting_text(case, n, kind, date, place, actions, notes):
    agreed = "".join(
        f"  - action: {a}\n    owner: Sanna Virtanen\n    due: {date}\n" for a in actions
    )
    return (
        "---\n"
        f"kind: {kind}\n"
        f"date: {date}\n"
        "time: 13:00\n"
        "duration_min: 60\n"
        f"place: {place}\n"
        f"goal: Agree how the adults support child {case} ({n})\n"
        "invited_by: Sanna Virtanen\n"
        "chair: Sanna Virtanen\n"
        "note_taker: Sanna Virtanen\n"
        "invitees:\n"
        "  - name: Sanna Virtanen\n    role: social-worker\n"
        "  - name: Pat Parent\n    role: parent\n    guardian: true\n"
        "child_attends: no\n"
        "child_attendance_reason: A long meeting is too much\n"
        "family_views: The family wants calmer mornings\n"
        "summary: The adults follow the mornings\n"
        f"agreed:\n{agreed}"
        "---\n\n## Notes\n\n"
        f"{notes}\n"
    )


def main():
    cases = int(sys.argv[1])
    per_case = int(sys.argv[2])
    rng = random.Random(23)
    out = sys.stdout.buffer
    events = []  # (time, order, author, message, [(path, bytes)])
    order = 0
    for c in range(cases):
        case = f"cases/case-{c:04d}"
        t0 = START + rng.randrange(YEAR // 4)
        worker = rng.choice(WORKERS)
        yaml = (
            f"child:\n  name: Child {c}\n  born: 2019-0{1 + c % 9}\n"
            f"responsible_worker: {worker}\nlanguage: fi\nstage: client\n"
        )
        events.append((t0, order, worker, f"Asia aloitettu ({c})", [(f"{case}/lsk.yaml", yaml)]))
        order += 1
        for n in range(per_case):
            t = t0 + rng.randrange(YEAR - (t0 - START) - 86400 * 30)
            kind = KINDS[(c + n) % len(KINDS)]
            day = (t // 86400) * 86400
            date = datetime.datetime.fromtimestamp(day + 86400 * 14, datetime.timezone.utc).strftime("%Y-%m-%d")
            folder = f"{case}/meetings/{date}-{kind}-{n}"
            path = f"{folder}/meeting.md"
            place = "Päiväkoti Satakieli"
            actions = ["Morning chart at home"]
            notes = "First notes."
            who = lambda: rng.choice(WORKERS)
            steps = [("Uusi neuvottelu", None)]
            steps += [("paikka", "place"), ("sovitut asiat", "agreed"), ("muistiinpanot", "notes")]
            steps += [("muistio tehty", "render")]
            tt = t
            for message, step in steps:
                tt += rng.randrange(3600, 86400 * 5)
                files = []
                if step == "place":
                    place = "Koulu, neuvotteluhuone 2"
                elif step == "agreed":
                    actions = actions + ["Daycare tells about the mornings weekly"]
                elif step == "notes":
                    notes = notes + "\nThe mother told about the evenings."
                if step == "render":
                    files.append((f"{folder}/memo.md", f"# Muistio\n\nMade from {path} at step {n}.\n"))
                else:
                    files.append((path, meeting_text(c, n, kind, date, place, actions, notes)))
                events.append((tt, order, who(), f"{date} {kind}: {message}", files))
                order += 1
    events.sort()
    mark = 0
    for t, _, author, message, files in events:
        mark += 1
        email = author.lower().replace(" ", ".").replace("ä", "a").replace("ö", "o") + "@example.invalid"
        msg = message.encode()
        ident = f"{author} <{email}> {t} +0000".encode()
        out.write(b"commit refs/heads/main\n")
        out.write(b"author " + ident + b"\ncommitter " + ident + b"\n")
        out.write(b"data %d\n" % len(msg) + msg + b"\n")
        for path, text in files:
            data = text.encode()
            out.write(b"M 100644 inline " + path.encode() + b"\n")
            out.write(b"data %d\n" % len(data) + data + b"\n")
        out.write(b"\n")
    sys.stderr.write(f"{mark} commits\n")


if __name__ == "__main__":
    main()
