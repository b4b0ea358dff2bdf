"""Seeds the fuzz corpora from the conformance vectors (tests/vectors): identifier numbers,
money, records, the default rule set and facade calls. `python3 fuzz/seed.py`."""

import hashlib
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent
VECTORS = ROOT.parent / "tests" / "vectors"
RULES = ROOT.parent / "core" / "data" / "readiness" / "umkm-default-2025.json"


def put(target: str, data: bytes) -> None:
    folder = ROOT / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> None:
    functions = None
    for path in sorted(VECTORS.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            args = case["args"]
            if "number" in args:
                put("identifiers", args["number"].encode())
            if "money" in args:
                put("money", json.dumps(args["money"]).encode())
                put("money", str(args["money"].get("amount", "")).encode())
            if "record" in args:
                put("enterprise", json.dumps(args["record"]).encode())
            if "rule_set" in args:
                put("rule_set", json.dumps(args["rule_set"]).encode())
            put("api_args", json.dumps(args).encode())
    put("rule_set", RULES.read_bytes())
    # The api target takes one byte choosing the function, then the arguments.
    for i, f in enumerate(sorted((ROOT / "corpus" / "api_args").iterdir())):
        put("api", bytes([i % 256]) + f.read_bytes())
    for f in (ROOT / "corpus" / "api_args").iterdir():
        f.unlink()
    (ROOT / "corpus" / "api_args").rmdir()


if __name__ == "__main__":
    main()
