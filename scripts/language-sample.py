#!/usr/bin/env python3
"""How many characters lingua needs to decide an article's language (see src/analysis/language.rs).

Usage: pip install lingua-language-detector
       python3 scripts/language-sample.py ../shared/eval/*/*.jsonl --sizes 120 140 160 200

For every text of more than 300 characters in the JSONL files (fields `text`, `article` or
`document`), it detects the language of a first sample of N characters, cut at white space as
`language.rs` cuts it, with copydesk's ten languages. A sample whose confidence is under 0.9 is
widened to 1,000 characters, as the service does. For each N it prints how many samples were
widened, how many answers differ from the 1,000-character answer, and the mean characters given to
the detector per text (the cost, which grows linearly with it).
"""
import argparse
import json

from lingua import Language, LanguageDetectorBuilder

LANGUAGES = [Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
             Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH]
SURE = 0.9
WIDE = 1000


def sample(text, chars):
    if len(text) <= chars:
        return text
    head = text[:chars]
    cut = max(head.rfind(c) for c in " \n\t\r")
    return head[:cut] if cut > 0 else head


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--sizes", nargs="+", type=int, default=[120, 140, 160, 200])
    args = parser.parse_args()
    texts = []
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                text = record.get("text") or record.get("article") or record.get("document")
                if isinstance(text, str) and len(text) > 300:
                    texts.append(text)
    detector = LanguageDetectorBuilder.from_languages(*LANGUAGES).with_preloaded_language_models().build()
    reference = [detector.compute_language_confidence_values(sample(t, WIDE))[0].language for t in texts]
    print(f"{len(texts)} texts")
    for size in args.sizes:
        widened = differ = chars = 0
        for text, ref in zip(texts, reference):
            first = sample(text, size)
            chars += len(first)
            best = detector.compute_language_confidence_values(first)[0]
            if best.value < SURE and len(first) < len(text):
                widened += 1
                wide = sample(text, WIDE)
                chars += len(wide)
                best = detector.compute_language_confidence_values(wide)[0]
            differ += best.language != ref
        print(f"sample {size:5}: widened {widened:4}, differ from {WIDE} chars {differ:3}, "
              f"mean chars detected {chars / len(texts):7.1f}")


if __name__ == "__main__":
    main()
