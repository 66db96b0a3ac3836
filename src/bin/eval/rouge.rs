//! ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 exactly as Google's `rouge-score` package computes them with
//! `RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)`:
//! - tokens: lowercase, every run of characters other than `[a-z0-9]` becomes a separator, tokens longer than 3
//!   characters are stemmed with NLTK's `PorterStemmer()` (its default `NLTK_EXTENSIONS` mode, ported below; the
//!   Snowball "Porter2" English stemmer gives different stems);
//! - ROUGE-N: clipped n-gram overlap; ROUGE-Lsum: summary-level union LCS over newline-separated sentences, with the
//!   package's guard against counting a token twice and its LCS back-tracking tie-break.

use std::collections::HashMap;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn score(hits: usize, pred: usize, target: usize) -> Score {
    let precision = hits as f64 / pred.max(1) as f64;
    let recall = hits as f64 / target.max(1) as f64;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Score {
        precision,
        recall,
        f1,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rouge {
    pub rouge1: Score,
    pub rouge2: Score,
    pub rouge_lsum: Score,
}

/// Scores `prediction` against `target`; both hold one sentence per line.
pub fn rouge(target: &str, prediction: &str) -> Rouge {
    let t = tokenize(target);
    let p = tokenize(prediction);
    Rouge {
        rouge1: rouge_n(&t, &p, 1),
        rouge2: rouge_n(&t, &p, 2),
        rouge_lsum: rouge_lsum(target, prediction),
    }
}

/// rouge-score's default tokenizer with stemming.
pub fn tokenize(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for tok in lower.split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit())) {
        if tok.is_empty() {
            continue;
        }
        out.push(if tok.len() > 3 {
            porter_stem(tok)
        } else {
            tok.to_owned()
        });
    }
    out
}

fn ngrams(toks: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut m: HashMap<&[String], usize> = HashMap::new();
    if toks.len() >= n {
        for w in toks.windows(n) {
            *m.entry(w).or_default() += 1;
        }
    }
    m
}

fn rouge_n(target: &[String], pred: &[String], n: usize) -> Score {
    let tg = ngrams(target, n);
    let pg = ngrams(pred, n);
    let hits: usize = tg
        .iter()
        .map(|(g, &c)| c.min(pg.get(g).copied().unwrap_or(0)))
        .sum();
    let tc: usize = tg.values().sum();
    let pc: usize = pg.values().sum();
    score(hits, pc, tc)
}

fn lcs_table(r: &[String], c: &[String]) -> Vec<Vec<u32>> {
    let mut t = vec![vec![0u32; c.len() + 1]; r.len() + 1];
    for i in 1..=r.len() {
        for j in 1..=c.len() {
            t[i][j] = if r[i - 1] == c[j - 1] {
                t[i - 1][j - 1] + 1
            } else {
                t[i - 1][j].max(t[i][j - 1])
            };
        }
    }
    t
}

/// Indices into `r` of one longest common subsequence, back-tracked as rouge-score does.
fn lcs_ind(r: &[String], c: &[String]) -> Vec<usize> {
    let t = lcs_table(r, c);
    let (mut i, mut j) = (r.len(), c.len());
    let mut out = Vec::new();
    while i > 0 && j > 0 {
        if r[i - 1] == c[j - 1] {
            out.push(i - 1);
            i -= 1;
            j -= 1;
        } else if t[i][j - 1] > t[i - 1][j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    out.reverse();
    out
}

fn rouge_lsum(target: &str, prediction: &str) -> Score {
    let sents = |s: &str| -> Vec<Vec<String>> {
        s.split('\n')
            .filter(|l| !l.is_empty())
            .map(tokenize)
            .collect()
    };
    let rs = sents(target);
    let cs = sents(prediction);
    if rs.is_empty() || cs.is_empty() {
        return Score::default();
    }
    let m: usize = rs.iter().map(Vec::len).sum();
    let n: usize = cs.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return Score::default();
    }
    let mut cnt_r: HashMap<&str, i64> = HashMap::new();
    let mut cnt_c: HashMap<&str, i64> = HashMap::new();
    for s in &rs {
        for t in s {
            *cnt_r.entry(t).or_default() += 1;
        }
    }
    for s in &cs {
        for t in s {
            *cnt_c.entry(t).or_default() += 1;
        }
    }
    let mut hits = 0;
    for r in &rs {
        let mut union: Vec<usize> = cs.iter().flat_map(|c| lcs_ind(r, c)).collect();
        union.sort_unstable();
        union.dedup();
        for i in union {
            let t = r[i].as_str();
            let (a, b) = (
                cnt_c.get(t).copied().unwrap_or(0),
                cnt_r.get(t).copied().unwrap_or(0),
            );
            if a > 0 && b > 0 {
                hits += 1;
                *cnt_c.get_mut(t).unwrap() -= 1;
                *cnt_r.get_mut(t).unwrap() -= 1;
            }
        }
    }
    score(hits, n, m)
}

// ---------------------------------------------------------------------------------------------------------------
// NLTK's PorterStemmer, mode NLTK_EXTENSIONS (the default), for lowercase ASCII words.

fn cons_flags(w: &[u8]) -> Vec<bool> {
    let mut f: Vec<bool> = Vec::with_capacity(w.len());
    for (i, &c) in w.iter().enumerate() {
        let v = match c {
            b'a' | b'e' | b'i' | b'o' | b'u' => false,
            b'y' => {
                if i == 0 {
                    true
                } else {
                    !f[i - 1]
                }
            }
            _ => true,
        };
        f.push(v);
    }
    f
}

fn is_cons(w: &[u8], i: usize) -> bool {
    cons_flags(&w[..=i])[i]
}

fn measure(stem: &[u8]) -> usize {
    let f = cons_flags(stem);
    f.windows(2).filter(|p| !p[0] && p[1]).count()
}

fn contains_vowel(stem: &[u8]) -> bool {
    !cons_flags(stem).iter().all(|&c| c)
}

fn ends_double_cons(w: &[u8]) -> bool {
    w.len() >= 2 && w[w.len() - 1] == w[w.len() - 2] && is_cons(w, w.len() - 1)
}

fn ends_cvc(w: &[u8]) -> bool {
    let n = w.len();
    (n >= 3
        && is_cons(w, n - 3)
        && !is_cons(w, n - 2)
        && is_cons(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y'))
        || (n == 2 && !is_cons(w, 0) && is_cons(w, 1))
}

type Cond<'a> = Option<&'a dyn Fn(&[u8]) -> bool>;

/// `_apply_rule_list`: the first rule whose suffix matches decides (the word is kept when its condition fails).
/// The suffix `"*d"` means "ends in a double consonant".
fn apply_rules(word: &[u8], rules: &[(&str, &str, Cond<'_>)]) -> Vec<u8> {
    for (suffix, repl, cond) in rules {
        if *suffix == "*d" {
            if ends_double_cons(word) {
                let stem = &word[..word.len() - 2];
                return if cond.is_none_or(|c| c(stem)) {
                    [stem, repl.as_bytes()].concat()
                } else {
                    word.to_vec()
                };
            }
            continue;
        }
        if word.ends_with(suffix.as_bytes()) {
            let stem = &word[..word.len() - suffix.len()];
            return if cond.is_none_or(|c| c(stem)) {
                [stem, repl.as_bytes()].concat()
            } else {
                word.to_vec()
            };
        }
    }
    word.to_vec()
}

fn pos_m(s: &[u8]) -> bool {
    measure(s) > 0
}

fn step1a(w: &[u8]) -> Vec<u8> {
    if w.ends_with(b"ies") && w.len() == 4 {
        return [&w[..1], b"ie"].concat();
    }
    apply_rules(
        w,
        &[
            ("sses", "ss", None),
            ("ies", "i", None),
            ("ss", "ss", None),
            ("s", "", None),
        ],
    )
}

fn step1b(w: &[u8]) -> Vec<u8> {
    if w.ends_with(b"ied") {
        let stem = &w[..w.len() - 3];
        return [
            stem,
            if w.len() == 4 {
                b"ie".as_slice()
            } else {
                b"i".as_slice()
            },
        ]
        .concat();
    }
    if w.ends_with(b"eed") {
        let stem = &w[..w.len() - 3];
        return if measure(stem) > 0 {
            [stem, b"ee"].concat()
        } else {
            w.to_vec()
        };
    }
    let mut inter: Option<&[u8]> = None;
    for suf in [b"ed".as_slice(), b"ing".as_slice()] {
        if w.ends_with(suf) {
            let s = &w[..w.len() - suf.len()];
            if contains_vowel(s) {
                inter = Some(s);
                break;
            }
        }
    }
    let Some(s) = inter else { return w.to_vec() };
    let last = s.last().copied().unwrap_or(b' ');
    let last_str = (last as char).to_string();
    let not_lsz = move |_: &[u8]| !matches!(last, b'l' | b's' | b'z');
    let add_e = |stem: &[u8]| measure(stem) == 1 && ends_cvc(stem);
    apply_rules(
        s,
        &[
            ("at", "ate", None),
            ("bl", "ble", None),
            ("iz", "ize", None),
            ("*d", &last_str, Some(&not_lsz)),
            ("", "e", Some(&add_e)),
        ],
    )
}

fn step1c(w: &[u8]) -> Vec<u8> {
    let cond = |stem: &[u8]| stem.len() > 1 && is_cons(stem, stem.len() - 1);
    apply_rules(w, &[("y", "i", Some(&cond))])
}

fn step2(w: &[u8]) -> Vec<u8> {
    if w.ends_with(b"alli") && pos_m(&w[..w.len() - 4]) {
        return step2(&[&w[..w.len() - 4], b"al"].concat());
    }
    let p: Cond<'_> = Some(&pos_m);
    let logi = |_: &[u8]| pos_m(&w[..w.len() - 3]);
    apply_rules(
        w,
        &[
            ("ational", "ate", p),
            ("tional", "tion", p),
            ("enci", "ence", p),
            ("anci", "ance", p),
            ("izer", "ize", p),
            ("bli", "ble", p),
            ("alli", "al", p),
            ("entli", "ent", p),
            ("eli", "e", p),
            ("ousli", "ous", p),
            ("ization", "ize", p),
            ("ation", "ate", p),
            ("ator", "ate", p),
            ("alism", "al", p),
            ("iveness", "ive", p),
            ("fulness", "ful", p),
            ("ousness", "ous", p),
            ("aliti", "al", p),
            ("iviti", "ive", p),
            ("biliti", "ble", p),
            ("fulli", "ful", p),
            ("logi", "log", Some(&logi)),
        ],
    )
}

fn step3(w: &[u8]) -> Vec<u8> {
    let p: Cond<'_> = Some(&pos_m);
    apply_rules(
        w,
        &[
            ("icate", "ic", p),
            ("ative", "", p),
            ("alize", "al", p),
            ("iciti", "ic", p),
            ("ical", "ic", p),
            ("ful", "", p),
            ("ness", "", p),
        ],
    )
}

fn step4(w: &[u8]) -> Vec<u8> {
    let m1 = |s: &[u8]| measure(s) > 1;
    let ion = |s: &[u8]| measure(s) > 1 && matches!(s.last(), Some(b's' | b't'));
    let g: Cond<'_> = Some(&m1);
    apply_rules(
        w,
        &[
            ("al", "", g),
            ("ance", "", g),
            ("ence", "", g),
            ("er", "", g),
            ("ic", "", g),
            ("able", "", g),
            ("ible", "", g),
            ("ant", "", g),
            ("ement", "", g),
            ("ment", "", g),
            ("ent", "", g),
            ("ion", "", Some(&ion)),
            ("ou", "", g),
            ("ism", "", g),
            ("ate", "", g),
            ("iti", "", g),
            ("ous", "", g),
            ("ive", "", g),
            ("ize", "", g),
        ],
    )
}

fn step5a(w: &[u8]) -> Vec<u8> {
    if let Some(stem) = w.strip_suffix(b"e") {
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            return stem.to_vec();
        }
    }
    w.to_vec()
}

fn step5b(w: &[u8]) -> Vec<u8> {
    let cond = |_: &[u8]| measure(&w[..w.len() - 1]) > 1;
    apply_rules(w, &[("ll", "l", Some(&cond))])
}

/// NLTK `PorterStemmer().stem(word)` for a lowercase ASCII word (other words are returned unchanged).
pub fn porter_stem(word: &str) -> String {
    if !word.is_ascii() {
        return word.to_owned();
    }
    let pool = match word {
        "skies" | "sky" => Some("sky"),
        "dying" => Some("die"),
        "lying" => Some("lie"),
        "tying" => Some("tie"),
        "news" => Some("news"),
        "innings" | "inning" => Some("inning"),
        "outings" | "outing" => Some("outing"),
        "cannings" | "canning" => Some("canning"),
        "howe" => Some("howe"),
        "proceed" => Some("proceed"),
        "exceed" => Some("exceed"),
        "succeed" => Some("succeed"),
        _ => None,
    };
    if let Some(p) = pool {
        return p.to_owned();
    }
    if word.len() <= 2 {
        return word.to_owned();
    }
    let mut w = word.as_bytes().to_vec();
    for step in [step1a, step1b, step1c, step2, step3, step4, step5a, step5b] {
        w = step(&w);
    }
    String::from_utf8(w).unwrap_or_else(|_| word.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stems computed with nltk 3.9 `PorterStemmer()` (NLTK_EXTENSIONS mode).
    #[test]
    fn porter_matches_nltk() {
        let cases = PORTER_CASES;
        let mut bad = Vec::new();
        for line in cases
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (w, s) = line.split_once(' ').unwrap();
            if porter_stem(w) != s {
                bad.push(format!("{w}: got {} want {s}", porter_stem(w)));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    /// Reference values from `rouge_score.rouge_scorer.RougeScorer(["rouge1","rouge2","rougeLsum"],
    /// use_stemmer=True)` (rouge-score 0.1.2, nltk 3.9) on invented sentences, F1 x 100.
    #[test]
    fn scores_agree_with_the_python_package() {
        for (target, pred, r1, r2, rl) in CASES {
            let s = rouge(target, pred);
            assert!(
                (s.rouge1.f1 * 100.0 - r1).abs() < 0.1,
                "{target} / {pred}: r1 {}",
                s.rouge1.f1 * 100.0
            );
            assert!(
                (s.rouge2.f1 * 100.0 - r2).abs() < 0.1,
                "{target} / {pred}: r2 {}",
                s.rouge2.f1 * 100.0
            );
            assert!(
                (s.rouge_lsum.f1 * 100.0 - rl).abs() < 0.1,
                "{target} / {pred}: rLsum {}",
                s.rouge_lsum.f1 * 100.0
            );
        }
    }

    const PORTER_CASES: &str = "\
# word and its stem by nltk 3.9 PorterStemmer() (NLTK_EXTENSIONS), generated with python; one pair a line\n\
activate activ\n\
adjustable adjust\n\
adjustment adjust\n\
adoption adopt\n\
agreed agre\n\
airliner airlin\n\
allowance allow\n\
analogi analog\n\
angulariti angular\n\
announced announc\n\
announcement announc\n\
approved approv\n\
archaeology archaeolog\n\
automatically automat\n\
ayyy ayyy\n\
barrier barrier\n\
barriers barrier\n\
bled bled\n\
bowdlerize bowdler\n\
campaigned campaign\n\
cannings canning\n\
caress caress\n\
caresses caress\n\
cats cat\n\
cease ceas\n\
centuries centuri\n\
century centuri\n\
communism commun\n\
conditional condit\n\
conflated conflat\n\
controll control\n\
council council\n\
councils council\n\
cries cri\n\
defensible defens\n\
dependent depend\n\
died die\n\
dies die\n\
drainage drainag\n\
dying die\n\
effective effect\n\
electrical electr\n\
engineering engin\n\
engineers engin\n\
estates estat\n\
exceed exceed\n\
failing fail\n\
falling fall\n\
feed feed\n\
feeds feed\n\
filing file\n\
fizzed fizz\n\
fizzing fizz\n\
flies fli\n\
flooded flood\n\
flooding flood\n\
formalize formal\n\
formative form\n\
fully fulli\n\
generalization gener\n\
generalizations gener\n\
goodness good\n\
gyroscopic gyroscop\n\
happy happi\n\
hissing hiss\n\
homologous homolog\n\
hopeful hope\n\
hopefully hope\n\
hoping hope\n\
hopping hop\n\
howe howe\n\
inference infer\n\
innings inning\n\
irritant irrit\n\
logically logic\n\
lying lie\n\
ministers minist\n\
ministry ministri\n\
motoring motor\n\
news news\n\
oscillators oscil\n\
outings outing\n\
plastered plaster\n\
ponies poni\n\
possibly possibl\n\
probate probat\n\
proceed proceed\n\
protection protect\n\
protective protect\n\
railway railway\n\
rate rate\n\
rationalize ration\n\
relational relat\n\
replacement replac\n\
residents resid\n\
revival reviv\n\
roll roll\n\
sensational sensat\n\
sing sing\n\
sized size\n\
skies sky\n\
sky sky\n\
spied spi\n\
succeed succeed\n\
tanned tan\n\
theology theolog\n\
ties tie\n\
triplicate triplic\n\
troubled troubl\n\
tying tie\n\
yyyy yyyi\n\
";

    // (reference, prediction, R-1, R-2, R-Lsum F1 x 100) computed with rouge-score 0.1.2 and nltk 3.9:
    // RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True).score(reference, prediction)
    const CASES: &[(&str, &str, f64, f64, f64)] = &[
        ("The council approved a flood barrier on Tuesday.\nIt will cost 40 million pounds.", "The city council of Marlow approved a new flood barrier on the river on Tuesday.\nThe barrier will cost 40 million pounds, the council said.", 66.6667, 48.6486, 66.6667),
        ("Engineers say the barriers protect the old town.", "Residents campaigned for years.\nEngineers said the barrier would protect the old town from flooding.", 60.8696, 38.0952, 60.8696),
        ("Police arrested three men after the robbery.\nThe jewels were never found.", "Nobody saw the thieves leave.\nThe stolen jewels have never been found, police said.\nThree men were arrested.", 66.6667, 7.1429, 60.0000),
        ("A cat sat on the mat.", "Dogs barked loudly at the postman all morning.", 14.2857, 0.0000, 14.2857),
        ("Prices rose 2.5% in May, the highest since 2019.\nFood and energy drove the increase.", "Consumer prices rose by 2.5% in May.\nEnergy and food prices drove the increase, the statistics office said.\nIt is the highest rate since 2019.", 76.1905, 40.0000, 66.6667),
        ("The minister's generalizations were criticised; hopefully, nobody's listening!", "Critics said the ministers generalized; hopefully nobody listened.", 66.6667, 25.0000, 66.6667),
    ];
}
