# Simulated OCR digit damage on corpus gold: look-alike swaps (4/8, 1/9, 0/3, 5/6) and reversal, applied to target cells
# and indicator weights, to measure what constraint repair recovers (the damaged file claims text_source ocr or text-layer).
import json, os, random, sys
gold_dir, out_dir, source, rate, seed = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
BN = "০১২৩৪৫৬৭৮৯"
PAIRS = {"4": "8", "8": "4", "1": "9", "9": "1", "0": "3", "3": "0", "5": "6", "6": "5"}
rng = random.Random(seed)
os.makedirs(out_dir, exist_ok=True)
def damage_digits(s):
    idx = [i for i, c in enumerate(s) if c in PAIRS]
    if rng.random() < 0.2 and len(s) > 1 and s.isdigit():
        return s[::-1]
    if not idx:
        return None
    i = rng.choice(idx)
    return s[:i] + PAIRS[s[i]] + s[i + 1:]
n_cells = n_weights = 0
for f in sorted(os.listdir(gold_dir)):
    if not f.endswith(".json"):
        continue
    d = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
    d["source"]["text_source"] = source
    for ind in d["indicators"]:
        if ind["weight"] is not None and rng.random() < rate:
            w = ind["weight"]
            s = str(int(w)) if w == int(w) else str(w)
            alt = damage_digits(s)
            if alt is not None and float(alt) > 0 and float(alt) != w:
                ind["weight"] = float(alt) if "." in alt else int(alt); n_weights += 1
        scale = ind.get("unit_scale", 1)
        for t in ind["targets"]:
            v, raw = t["value"], t["raw"] or ""
            if not isinstance(v, (int, float)) or scale != 1 or not raw or rng.random() >= rate:
                continue
            ascii_raw = "".join(str(BN.index(c)) if c in BN else c for c in raw)
            digits = "".join(c for c in ascii_raw if c.isdigit())
            alt = damage_digits(digits)
            if alt is None or int(alt) == v:
                continue
            it = iter(alt)
            new_raw = "".join(BN[int(next(it))] if c.isdigit() else c for c in ascii_raw)
            t["raw"], t["value"] = new_raw, int(alt); n_cells += 1
    json.dump(d, open(os.path.join(out_dir, f[:-5] + "." + ("ocr" if source == "ocr" else "textlayer") + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"damaged {n_cells} target cells and {n_weights} weights", file=sys.stderr)
