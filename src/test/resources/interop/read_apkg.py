#!/usr/bin/env python3
"""An independent reader of an Anki package, as a learner's own script would read one: Python's zipfile + sqlite3
only, nothing of gradcards. Prints one JSON object: the collection file used, its schema, the note types (name, kind,
field names, template count), every note (guid, note type name, fields by name, tags) and the cards per note
(their template/cloze ords and deck names).
Run: python3 read_apkg.py FILE.apkg
"""
import json, os, sqlite3, sys, tempfile, zipfile

def main(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        # the newest collection the package carries that this reader understands without zstd
        col = next((n for n in ("collection.anki21", "collection.anki2") if n in names), None)
        if col is None:
            raise SystemExit("no uncompressed collection in " + path + ": " + ", ".join(names))
        with tempfile.TemporaryDirectory() as tmp:
            file = os.path.join(tmp, "c.db")
            with open(file, "wb") as f:
                f.write(z.read(col))
            db = sqlite3.connect(file)
            ver, models, decks = db.execute("SELECT ver, models, decks FROM col").fetchone()
            models = json.loads(models)
            decks = {int(k): v["name"] for k, v in json.loads(decks).items()}
            types = {}
            for m in models.values():
                flds = [f["name"] for f in sorted(m["flds"], key=lambda f: f["ord"])]
                types[int(m["id"])] = {"name": m["name"], "cloze": m.get("type", 0) == 1, "fields": flds,
                                       "templates": len(m["tmpls"])}
            cards = {}
            for nid, ord_, did in db.execute("SELECT nid, ord, did FROM cards ORDER BY nid, ord"):
                cards.setdefault(nid, []).append({"ord": ord_, "deck": decks.get(did)})
            notes = []
            for nid, guid, mid, tags, flds in db.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"):
                t = types[int(mid)]
                notes.append({"guid": guid, "type": t["name"], "fields": dict(zip(t["fields"], flds.split("\x1f"))),
                              "tags": tags.split(), "cards": cards.get(nid, [])})
            revlog = db.execute("SELECT count(*) FROM revlog").fetchone()[0]
    print(json.dumps({"collection": col, "schema": ver, "files": names, "notetypes": list(types.values()),
                      "notes": notes, "revlog": revlog}, ensure_ascii=False))

if __name__ == "__main__":
    main(sys.argv[1])
