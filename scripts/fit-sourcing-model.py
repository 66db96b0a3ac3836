#!/usr/bin/env python3
"""Fits the sourcing models (data/sourcing/cue_model.tsv) from the candidates `eval sourcing --cue-features` writes.

    cargo run --release --locked --bin eval -- sourcing ../shared/eval/sourcing/polnear_train.jsonl \\
        --cue-model none --cue-features /tmp/cues.jsonl
    python3 scripts/fit-sourcing-model.py /tmp/cues.jsonl --threshold 0.45 --veto-threshold 0.45 \\
        [--write data/sourcing/cue_model.tsv]
    cargo run --release --locked --bin eval -- sourcing ../shared/eval/sourcing/polnear_dev.jsonl \\
        --cue-model data/sourcing/cue_model.tsv

The candidates are written with no model (`--cue-model none`), so the rows do not depend on the model being replaced.
Fit on the training split only; the dev split is for measuring. Rows are the candidates the rules leave to the model
(`rule` false): a word outside the cue lexicon whose frame the rules can read. The label is `y` (the word lies in an
annotated cue). The vocabulary is the content words (not FUNCTION_WORDS: auxiliaries are taken into a cue's span by the
rules anyway) with at least --min-positives positive rows; only vocabulary rows are fitted and ever scored. Two smaller
models share the file: whether the particle after an accepted cue belongs to it (`x:` features) and where a content
ends (`e:` features, one row per cut point: a comma or a CUT_WORDS word); where a source starts (`s:` features, one
row per later word of a source the rules read) and where it ends (`t:` features, one row per comma or word boundary
inside it); a sixth, over the cue features of the
lexicon cues (`rule` rows, `v|` weights), may veto a lexicon cue in a context where it rarely is one.
Logistic regression (scikit-learn liblinear, L2, C=--c) on binary features seen at least --min-count times. The
threshold maximises the cue F1 of the whole analysis estimated from out-of-fold probabilities (5 folds grouped by
document): accepted candidates add to the rules' found cues (`rule` rows), whose counts and the number of annotated
cues (--gold: gold attributions with a cue and a content in the split) fix the rest; the objective is the mean of the
overlap and the exact-span cue F1. The input quotes cue texts (to score exact spans): keep it out of the repository;
the model holds weights and a word list only.
"""

import argparse
import json
import re
import sys
from collections import Counter

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

FUNCTION_WORDS = set(
    """a an the this that these those his her its their our my your to of on in at by for from with about as
    into onto over under against between through during after before since until up down out off and or but nor
    so yet if than then is are was were be been being am has have had having do does did will would shall should
    can could may might must it he she they we i you who whom whose which what there here also not no just still
    now only even very more most much many some any all both each other such own same too again ever never
    already always often back like well""".split()
)


def norm(s):
    return re.sub(r"\s+", " ", s.strip(" ,.;:—–").lower())


def exact_with_particle(r):
    """Whether the candidate's cue, alone or with the particle after it, is exactly the annotated cue (scores the
    threshold on exact spans too; the texts are in the eval's output only, never in the model)."""
    if not r.get("gold"):
        return 0
    g = norm(r["gold"])
    nxt = [f[4:] for f in r.get("fx", []) if f.startswith("x:n:")]
    return int(norm(r["cue"]) == g or bool(nxt) and norm(r["cue"] + " " + nxt[0]) == g)


def int32(X):
    """liblinear takes 32-bit sparse indices only."""
    X.indices = X.indices.astype(np.int32)
    X.indptr = X.indptr.astype(np.int32)
    return X


def out_of_fold(model, X, y, groups):
    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
        oof[te] = model().fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
    return oof


def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--write")
    ap.add_argument("--min-positives", type=int, default=3)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--c", type=float, default=0.2)
    ap.add_argument("--min-weight", type=float, default=0.05, help="smaller weights are left out of the file")
    ap.add_argument("--threshold", type=float, help="pin the cue threshold (its cross-validated curve is flat near the "
                    "top: a refit for another model should not move it by noise)")
    ap.add_argument("--veto-threshold", type=float, help="pin the veto threshold, likewise")
    ap.add_argument("--gold", type=int, default=19832, help="annotated attributions in the split (train: 19832)")
    args = ap.parse_args()

    rows = load(args.features)
    cuts = [r for r in rows if r.get("cut")]
    starts = [r for r in rows if r.get("boundary")]
    rows = [r for r in rows if not r.get("cut") and not r.get("boundary")]
    rule = [r for r in rows if r["rule"]]
    cand = [r for r in rows if not r["rule"]]
    word = lambda r: r["f"][0][2:]
    pos = Counter(word(r) for r in cand if r["y"])
    vocab = sorted(w for w, c in pos.items() if c >= args.min_positives and w not in FUNCTION_WORDS)
    vs = set(vocab)
    cand = [r for r in cand if word(r) in vs]
    counts = Counter(f for r in cand for f in r["f"])
    keep = {f for f, c in counts.items() if c >= args.min_count}
    X_dicts = [{f: 1 for f in r["f"] if f in keep} for r in cand]
    y = np.array([1 if r["y"] else 0 for r in cand])
    groups = np.array([r["doc"] for r in cand])
    dv = DictVectorizer()
    X = dv.fit_transform(X_dicts).tocsr()
    X.indices = X.indices.astype(np.int32)  # liblinear takes 32-bit indices only
    X.indptr = X.indptr.astype(np.int32)
    print(f"rule cues {len(rule)} (hits {sum(r['y'] for r in rule)}), vocabulary {len(vocab)} words, "
          f"{len(cand)} candidates ({y.sum()} positive), {X.shape[1]} features", file=sys.stderr)

    model = lambda: LogisticRegression(C=args.c, solver="liblinear", max_iter=2000)
    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
        oof[te] = model().fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]

    ye = np.array([exact_with_particle(r) for r in cand])
    tp0 = sum(1 for r in rule if r["y"])
    te0 = sum(1 for r in rule if r["ye"])
    np0 = len(rule)
    ng = args.gold or int(tp0 / 0.61)
    f_overlap = lambda acc: 2 * (tp0 + int(y[acc].sum())) / (np0 + int(acc.sum()) + ng)
    f_exact = lambda acc: 2 * (te0 + int(ye[acc].sum())) / (np0 + int(acc.sum()) + ng)
    none = np.zeros(len(y), dtype=bool)
    best = ((f_overlap(none) + f_exact(none)) / 2, 1.0)
    print(f"rules alone: cue F1 overlap {100 * f_overlap(none):.1f}, exact {100 * f_exact(none):.1f} "
          f"(predicted {np0}, gold {ng})", file=sys.stderr)
    for t in [x / 100 for x in range(10, 91, 5)]:
        acc = oof >= t
        fo, fe = f_overlap(acc), f_exact(acc)
        prec = y[acc].mean() if acc.any() else 0
        print(f"  threshold {t:.2f}: accepted {int(acc.sum())}, precision {100 * prec:.1f}, cue F1 overlap "
              f"{100 * fo:.1f}, exact {100 * fe:.1f}", file=sys.stderr)
        if (fo + fe) / 2 > best[0]:
            best = ((fo + fe) / 2, t)
    f1, threshold = best
    if args.threshold is not None:
        threshold = args.threshold
        acc = oof >= threshold
        f1 = (f_overlap(acc) + f_exact(acc)) / 2
    print(f"threshold {threshold:.2f}: cross-validated cue F1 (mean of overlap and exact) {100 * f1:.1f}",
          file=sys.stderr)

    m = model().fit(X, y)
    names = dv.get_feature_names_out()

    # the veto on lexicon cues: dropping one loses its hit if it had one; the threshold maximises the same estimate
    rdv = DictVectorizer()
    RX = int32(rdv.fit_transform([{f: 1 for f in r["f"] if f in keep} for r in rule]).tocsr())
    ry = np.array([1 if r["y"] else 0 for r in rule])
    rye = np.array([1 if r["ye"] else 0 for r in rule])
    roof = out_of_fold(model, RX, ry, np.array([r["doc"] for r in rule]))
    acc = oof >= threshold
    tp, te, npred = tp0 + int(y[acc].sum()), te0 + int(ye[acc].sum()), np0 + int(acc.sum())

    def with_veto(t):
        drop = roof < t
        fo = 2 * (tp - int(ry[drop].sum())) / (npred - int(drop.sum()) + ng)
        fe = 2 * (te - int(rye[drop].sum())) / (npred - int(drop.sum()) + ng)
        return (fo + fe) / 2

    veto_threshold = max([0.0] + [x / 100 for x in range(5, 51, 5)], key=with_veto)
    if args.veto_threshold is not None:
        veto_threshold = args.veto_threshold
    print(f"veto: threshold {veto_threshold:.2f} drops {int((roof < veto_threshold).sum())} of {len(ry)} lexicon cues; "
          f"cue F1 (mean) {100 * with_veto(0.0):.1f} -> {100 * with_veto(veto_threshold):.1f}", file=sys.stderr)
    rm = model().fit(RX, ry)

    # the content end: at each cut point, does the annotated content end right before it? A cut that is right makes
    # a content exact, a wrong one breaks it: the threshold maximises right minus wrong cuts out of fold.
    edv = DictVectorizer()
    EX = int32(edv.fit_transform([{f: 1 for f in r["f"]} for r in cuts]).tocsr())
    ey = np.array([1 if r["y"] else 0 for r in cuts])
    eoof = out_of_fold(model, EX, ey, np.array([r["doc"] for r in cuts]))
    gain = lambda t: int((2 * ey[eoof >= t] - 1).sum())
    end_threshold = max([x / 100 for x in range(30, 91, 5)], key=gain)
    print(f"content end: {len(ey)} cut points ({ey.sum()} annotated ends); threshold {end_threshold:.2f} cuts "
          f"{int((eoof >= end_threshold).sum())}, {gain(end_threshold)} more right than wrong out of fold",
          file=sys.stderr)
    em = model().fit(EX, ey)

    # the source boundaries: at each later word (start) or each comma or word (end) of a source the rules read, does
    # the annotated source start or end there? The first point at or above the threshold moves the boundary; the
    # threshold maximises exact source boundaries out of fold.
    def boundary_model(rows, name):
        dv = DictVectorizer()
        X = int32(dv.fit_transform([{f: 1 for f in r["f"]} for r in rows]).tocsr())
        y = np.array([1 if r["y"] else 0 for r in rows])
        oof = out_of_fold(model, X, y, np.array([r["doc"] for r in rows]))
        groups = {}
        for i, r in enumerate(rows):
            groups.setdefault((r["doc"], tuple(r["span"])), []).append(i)

        def gain(t):
            right = 0
            for idx in groups.values():
                moved = next((i for i in idx if oof[i] >= t), None)
                y0 = int(rows[idx[0]]["y0"])
                right += (y[moved] if moved is not None else y0) - y0
            return right

        threshold = max([x / 100 for x in range(15, 96, 5)], key=gain)
        print(f"{name}: {len(y)} points in {len(groups)} spans ({y.sum()} annotated); threshold "
              f"{threshold:.2f} makes {gain(threshold)} more spans right out of fold", file=sys.stderr)
        return dv, model().fit(X, y), threshold

    # one model per boundary (the names of `Boundary` in model.rs), skipped when the split has no row for it
    boundaries = {}
    for name in ("source_end", "source_start"):
        brows = [r for r in starts if r["boundary"] == name]
        if brows:
            boundaries[name] = boundary_model(brows, name)

    # the particle decision: among annotated candidates with a particle after the word, is it in the cue?
    # Lexicon cues too (their rows carry `x:rule`), labelled by the exact span: 1 when the cue with the particle is
    # the annotated cue, 0 when the cue alone is, left out otherwise (out of fold on train this nets 89 - 18 exact
    # cues where the overlap label nets 117 - 81).
    def particle_label(r):
        if not r["rule"]:
            return 1 if r["gx"] else 0
        if exact_with_particle(r) and not (r.get("gold") and norm(r["cue"]) == norm(r["gold"])):
            return 1
        return 0 if r["ye"] else None

    px = [r for r in cand + rule if r["y"] and r.get("gx") is not None and particle_label(r) is not None]
    pdv = DictVectorizer()
    PX = pdv.fit_transform([{f: 1 for f in r["fx"]} for r in px]).tocsr()
    PX.indices = PX.indices.astype(np.int32)
    PX.indptr = PX.indptr.astype(np.int32)
    py = np.array([particle_label(r) for r in px])
    pgroups = np.array([r["doc"] for r in px])
    poof = np.zeros(len(py))
    for tr, te in GroupKFold(n_splits=5).split(PX, py, pgroups):
        poof[te] = model().fit(PX[tr], py[tr]).predict_proba(PX[te])[:, 1]
    pacc = ((poof >= 0.5) == py).mean()
    print(f"particle: {len(py)} annotated candidates, {py.mean():.2f} take it; cross-validated accuracy "
          f"{100 * pacc:.1f}", file=sys.stderr)
    pm = model().fit(PX, py)
    out = [
        "# copydesk sourcing models (cue, particle, content end): logistic-regression weights over the features of "
        "src/analysis/sourcing/model.rs.",
        "# Source: fitted by the copydesk developers with scripts/fit-sourcing-model.py (scikit-learn, liblinear, L2, "
        f"C={args.c}) on the candidates",
        "# `eval sourcing --cue-features` writes for the PolNeAR train split, used only to fit these numbers and the "
        "vocabulary of",
        f"# {len(vocab)} word forms (no text). Threshold from 5-fold document-grouped cross-validation "
        f"(estimated cue F1 {100 * f1:.1f}).",
        "# Licence: MIT OR Apache-2.0, like copydesk. Format: name<TAB>value; `vocab<TAB>word` lines list the "
        "candidate words.",
        f"intercept\t{m.intercept_[0]:.5f}",
        f"threshold\t{threshold:.2f}",
        f"particle_intercept\t{pm.intercept_[0]:.5f}",
        f"end_intercept\t{em.intercept_[0]:.5f}",
        f"end_threshold\t{end_threshold:.2f}",
        f"veto_intercept\t{rm.intercept_[0]:.5f}",
        f"veto_threshold\t{veto_threshold:.2f}",
    ]
    for name, (_, bm, bt) in boundaries.items():
        out += [f"{name}_intercept\t{bm.intercept_[0]:.5f}", f"{name}_threshold\t{bt:.2f}"]
    out += [f"vocab\t{w}" for w in vocab]
    weights = list(zip(names, m.coef_[0])) + list(zip(pdv.get_feature_names_out(), pm.coef_[0]))
    weights += list(zip(edv.get_feature_names_out(), em.coef_[0]))
    for bdv, bm, _ in boundaries.values():
        weights += list(zip(bdv.get_feature_names_out(), bm.coef_[0]))
    weights += [("v|" + n, w) for n, w in zip(rdv.get_feature_names_out(), rm.coef_[0])]
    for n, w in sorted(weights):
        if abs(w) >= args.min_weight:
            out.append(f"{n}\t{w:.4f}")
    text = "\n".join(out) + "\n"
    if args.write:
        with open(args.write, "w") as f:
            f.write(text)
        print(f"written {args.write} ({len(out)} lines)", file=sys.stderr)


if __name__ == "__main__":
    main()
