#!/usr/bin/env python3
"""Fits the bias sentence model (data/bias/model.tsv) from the features `eval bias --features FILE` writes.

    cargo run --release --bin eval -- bias ../shared/eval/bias/babe_dev.jsonl --features /tmp/bias.jsonl
    python3 scripts/fit-bias-model.py /tmp/bias.jsonl [--write data/bias/model.tsv]

Logistic regression (scikit-learn, L2, C=1, lbfgs) on the raw feature values; the threshold is the one with the best
10-fold cross-validated macro-F1 (out-of-fold probabilities, mean over ten shuffles). Prints the in-sample and the
cross-validated macro-F1: the cross-validated figure is the one that predicts held-out data. The input holds feature
values and labels only, no text.
"""

import argparse
import json
import re
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

THRESHOLDS = [t / 100 for t in range(30, 71)]
SEEDS = list(range(10))


def load(path):
    xs, ys = [], []
    with open(path) as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                xs.append(row["x"])
                ys.append(1 if row["y"] else 0)
    return np.array(xs, dtype=float), np.array(ys)


def model():
    return LogisticRegression(C=1.0, solver="lbfgs", max_iter=5000)  # L2 by default


def macro(y, p, t):
    return f1_score(y, p >= t, average="macro")


def out_of_fold(x, y, seed):
    p = np.zeros(len(y))
    for train, test in StratifiedKFold(10, shuffle=True, random_state=seed).split(x, y):
        p[test] = model().fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--names", default=None, help="comma-separated feature names (default: from model.rs order)")
    ap.add_argument("--write", default=None, help="model.tsv to rewrite (header kept, numbers replaced)")
    args = ap.parse_args()
    x, y = load(args.features)
    names = args.names.split(",") if args.names else feature_names()
    assert len(names) == x.shape[1], f"{len(names)} names, {x.shape[1]} features"
    oof = [out_of_fold(x, y, s) for s in SEEDS]
    cv = {t: float(np.mean([macro(y, p, t) for p in oof])) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: cv[t])
    full = model().fit(x, y)
    p = full.predict_proba(x)[:, 1]
    print(f"{len(y)} sentences, {int(y.sum())} biased, {x.shape[1]} features")
    print(f"threshold {best:.2f}: CV macro-F1 {cv[best]:.4f}, in-sample macro-F1 {macro(y, p, best):.4f}")
    lines = [f"threshold\t{best:.2f}", f"intercept\t{full.intercept_[0]:.3f}"]
    lines += [f"{n}\t{w:.3f}" for n, w in zip(names, full.coef_[0])]
    if args.write:
        with open(args.write) as f:
            header = [l.rstrip("\n") for l in f if l.startswith("#")]
        header = [
            l.replace(l[l.find("(mean of "):], f"(mean of ten shuffles: {cv[best]:.3f} at this threshold).")
            if "(mean of " in l
            else re.sub(r"on the \d+ features", f"on the {x.shape[1]} features", l)
            for l in header
        ]
        with open(args.write, "w") as f:
            f.write("\n".join(header + lines) + "\n")
        print(f"written to {args.write}")
    else:
        print("\n".join(lines))


def feature_names():
    """FEATURE_NAMES, read from src/analysis/bias/model.rs."""
    import os
    import re

    src = os.path.join(os.path.dirname(__file__), "..", "src", "analysis", "bias", "model.rs")
    with open(src) as f:
        text = f.read()
    block = re.search(r"FEATURE_NAMES: \[&str; \d+\] = \[(.*?)\];", text, re.S).group(1)
    return re.findall(r'"([^"]+)"', block)


if __name__ == "__main__":
    sys.exit(main())
