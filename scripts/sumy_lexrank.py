#!/usr/bin/env python3
"""Time sumy's LexRank summary (3 sentences) of one article, in-process.

Usage: scripts/sumy_lexrank.py ARTICLE N [--warmup W]

Prints one JSON object: {"runs": N, "mean_ms": ..., "median_ms": ..., "sentences": [...]}.
Each timed run builds the document anew (PlaintextParser + tokenization) and calls
`summarizer(parser.document, 3)`; imports, reading the file and setting up the
summarizer (stemmer, stop words) are not timed. W untimed warm-up runs come first.

Needs sumy (pinned in scripts/compare-sumy.sh) and numpy; no nltk data (see NltkTokenizer).
"""
import argparse
import json
import re
import statistics
import sys
import time

from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

LANGUAGE = "english"
SENTENCES = 3


class RegexTokenizer:
    """Stand-in for sumy's `Tokenizer("english")`, with the same interface.

    sumy's own tokenizer needs nltk's punkt data (sentences, and words through
    nltk.word_tokenize), which cannot be downloaded here. These regexes split at
    . ! ? (optionally followed by a closing quote or bracket) before white space, and take
    words as runs of letters with inner apostrophes or hyphens, like sumy's word filter.
    They are much cheaper than punkt, so the comparison favours sumy.
    """

    # Fixed-width lookbehinds: end punctuation, optionally followed by one closing quote/bracket.
    _SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u2019\u201d)\]]))\s+")
    # sumy keeps only tokens matching ^[^\W\d_](?:[^\W\d_]|['-])*$; find those directly.
    _WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")

    def __init__(self, language):
        self._language = language

    @property
    def language(self):
        return self._language

    def to_sentences(self, paragraph):
        return tuple(s.strip() for s in self._SENTENCE_END.split(paragraph) if s.strip())

    def to_words(self, sentence):
        return tuple(self._WORD.findall(sentence))


class NltkTokenizer(RegexTokenizer):
    """sumy's own tokenizer pipeline, minus the trained punkt parameters.

    sumy's `Tokenizer("english")` splits sentences with nltk's punkt (trained English
    parameters, which need nltk data we cannot download) and words with
    `nltk.word_tokenize`, whose core is `NLTKWordTokenizer`, keeping only tokens that look
    like words. Here: punkt's algorithm with default (untrained) parameters, the same word
    tokenizer and the same word filter, so the cost is sumy's real one.
    """

    _IS_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")

    def __init__(self, language):
        super().__init__(language)
        from nltk.tokenize import NLTKWordTokenizer
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        self._sentences = PunktSentenceTokenizer()
        self._words = NLTKWordTokenizer()

    def to_sentences(self, paragraph):
        return tuple(s.strip() for s in self._sentences.tokenize(paragraph) if s.strip())

    def to_words(self, sentence):
        return tuple(w for w in self._words.tokenize(sentence) if self._IS_WORD.match(w))


def summarize(text, tokenizer, summarizer):
    parser = PlaintextParser.from_string(text, tokenizer)
    return summarizer(parser.document, SENTENCES)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article")
    ap.add_argument("runs", type=int)
    ap.add_argument("--warmup", type=int, default=0)
    ap.add_argument(
        "--tokenizer",
        choices=["nltk", "regex"],
        default="nltk",
        help="nltk: sumy's pipeline with untrained punkt (default); regex: a cheaper stand-in",
    )
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("N must be at least 1")

    with open(args.article, encoding="utf-8") as f:
        text = f.read()

    tokenizer = (NltkTokenizer if args.tokenizer == "nltk" else RegexTokenizer)(LANGUAGE)
    summarizer = LexRankSummarizer(Stemmer(LANGUAGE))
    summarizer.stop_words = get_stop_words(LANGUAGE)

    for _ in range(args.warmup):
        summarize(text, tokenizer, summarizer)

    times_ms = []
    result = ()
    for _ in range(args.runs):
        t0 = time.perf_counter()
        result = summarize(text, tokenizer, summarizer)
        times_ms.append((time.perf_counter() - t0) * 1000.0)

    json.dump(
        {
            "runs": args.runs,
            "mean_ms": round(statistics.fmean(times_ms), 3),
            "median_ms": round(statistics.median(times_ms), 3),
            "sentences": [str(s) for s in result],
        },
        sys.stdout,
        ensure_ascii=False,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
