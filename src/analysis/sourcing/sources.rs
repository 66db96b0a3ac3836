//! Source resolution: what a source mention names (person, organisation, unnamed, document), its name and
//! description, and which mentions name the same source (pronouns, surnames, "the spokesman", "who").

use super::lexicon::{Gender, LEXICON};
use super::SourceType;
use crate::analysis::span::Span;

/// What one source mention says about its source.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub name: String,
    pub description: Option<String>,
    pub source_type: SourceType,
    pub named: bool,
    pub pronoun: Option<Pronoun>,
    /// Lower-case grouping key (full name, or the unnamed phrase without determiners).
    pub key: String,
    /// Lower-case head noun of an unnamed mention ("spokesman" in "the spokesman").
    pub head: String,
    pub definite: bool,
    /// Man or woman, when the mention tells: "he"/"she", an honorific ("Ms."), a role noun ("spokeswoman")
    /// or a common first name of a full name.
    pub gender: Option<Gender>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    Personal,
    Plural,
    Neuter,
    First,
    Relative,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "several", "other", "another", "many", "most", "two", "three", "few",
];

/// Prepositions that tie a role to an organisation or a person: "a spokesman for the Pentagon", "officials at
/// Goldman Sachs", "an aide to Hillary Clinton".
const AFFILIATIONS: &[&str] = &["for", "of", "at", "with", "from", "to", "in"];

/// A capitalised word that the text also writes in lower case ("Keeps", "In", "Delegates" opening a sentence): a
/// common word in sentence case, not a name; a name is never written in lower case.
fn common_word(text: &str, word: &str) -> bool {
    let lower = clean(strip_possessive(word));
    if lower.is_empty() || lower == word {
        return false;
    }
    text.match_indices(lower.as_str()).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// "a spokesman for the Pentagon", "officials at Goldman Sachs": an unnamed person of a named body, whose name
/// follows the preposition after the head noun. Only an indefinite or counted phrase, or a head that names
/// anonymous sources, is read so: "the mayor of New York Rudy Giuliani" names a person.
fn unnamed_role(words: &[&str], head_end: usize, head: &str, name_start: usize) -> bool {
    let Some(preposition) = words.get(head_end) else {
        return false;
    };
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let indefinite = DETERMINERS.contains(&first.as_str()) && first != "the";
    AFFILIATIONS.contains(&clean(preposition).as_str())
        && name_start > head_end
        && !words[1..head_end].iter().any(|w| is_cap(w))
        && (indefinite || (LEXICON.unnamed.contains(head) && !LEXICON.titles.contains(head)))
}

/// The gender the words of a mention tell: an honorific or role noun anywhere, else the first name of a name of
/// two words or more (a lone surname like "Warren" says nothing).
fn gender_of(words: &[&str], name: &str) -> Option<Gender> {
    let marked = words.iter().find_map(|w| {
        let w = clean(strip_possessive(w));
        let markers = &LEXICON.gender_words;
        markers
            .get(w.as_str())
            .or_else(|| markers.get(w.trim_end_matches('.')))
            .copied()
    });
    let mut name_words = name.split_whitespace();
    let first_name = match (name_words.next(), name_words.next()) {
        (Some(first), Some(_)) => LEXICON.first_names.get(clean(first).as_str()).copied(),
        _ => None,
    };
    marked.or(first_name)
}
const HEAD_STOPS: &[&str] = &[
    "for", "of", "with", "at", "in", "from", "close", "familiar", "who", "which", "that", "on",
    "to", "by", "(", "--",
];

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn clean(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .to_lowercase()
}

/// Reads a source mention.
pub(crate) fn read(text: &str, span: Span) -> Mention {
    let raw = span
        .slice(text)
        .trim()
        .trim_end_matches([',', '.', ';', ':'])
        .trim();
    let lower = raw.to_lowercase();
    // "He’s said", "they’ve argued": the pronoun without its contracted auxiliary
    let bare = ["'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll"]
        .iter()
        .find_map(|c| lower.strip_suffix(c))
        .unwrap_or(&lower);
    let pronoun_gender = match bare {
        "he" | "him" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    };
    let pronoun = match bare {
        "he" | "she" | "him" | "her" => Some(Pronoun::Personal),
        "they" | "them" => Some(Pronoun::Plural),
        "it" => Some(Pronoun::Neuter),
        "i" | "we" | "you" => Some(Pronoun::First),
        "who" | "which" | "that" => Some(Pronoun::Relative),
        _ => None,
    };
    let mut m = Mention {
        name: raw.to_string(),
        description: None,
        source_type: SourceType::Unnamed,
        named: false,
        pronoun,
        key: lower.clone(),
        head: lower.clone(),
        definite: false,
        gender: pronoun_gender,
    };
    if pronoun.is_some() {
        return m;
    }
    // comma parts; relative clauses dropped
    let parts: Vec<&str> = raw
        .split([',', '(', ')'])
        .flat_map(|p| p.split(" -- "))
        .flat_map(|p| p.split(" — "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let f = p.split_whitespace().next().unwrap_or("").to_lowercase();
            !matches!(f.as_str(), "who" | "which" | "whose" | "whom")
        })
        .collect();
    let Some(&first) = parts.first() else {
        return m;
    };
    // the head of the first part
    let first_words: Vec<&str> = first.split_whitespace().collect();
    let head_end = first_words
        .iter()
        .position(|w| HEAD_STOPS.contains(&clean(w).as_str()))
        .filter(|&i| i > 0)
        .unwrap_or(first_words.len());
    let head = first_words[..head_end]
        .last()
        .map(|w| clean(strip_possessive(w)))
        .unwrap_or_default();
    m.head = head.clone();
    m.definite = first_words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    // a proper name: the trailing run of capitalised words of a part, without titles
    let mut found: Option<(usize, String, String)> = None; // part index, name, prefix
    let mut role = false;
    for (pi, part) in parts.iter().enumerate() {
        let words: Vec<&str> = part.split_whitespace().collect();
        let mut s = words.len();
        while s > 0 {
            let w = words[s - 1];
            let c = clean(w);
            let stop = !is_cap(w)
                || LEXICON.titles.contains(c.as_str())
                || (s < words.len() && strip_possessive(w) != w)
                || (c == "the" && s > 0);
            if stop {
                break;
            }
            s -= 1;
        }
        if s == words.len() {
            continue;
        }
        if pi == 0 && unnamed_role(&words, head_end, &head, s) {
            role = true;
            continue;
        }
        // after an unnamed role, a later part names its person ("a former mayor, Rudy Vance") unless it describes
        // the body ("officials at HSI, a division of ICE")
        if role
            && words
                .first()
                .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        {
            continue;
        }
        let run = &words[s..];
        let informative = run.iter().any(|w| {
            let c = clean(strip_possessive(w));
            !LEXICON.unnamed.contains(c.as_str())
                && !LEXICON.documents.contains(c.as_str())
                && !DETERMINERS.contains(&c.as_str())
        });
        if !informative || (pi == 0 && s == 0 && run.len() == 1 && common_word(text, run[0])) {
            continue;
        }
        // a single capitalised word at the start of a lower-case phrase is just sentence case: "Analysts"
        let name = run
            .iter()
            .map(|w| strip_possessive(w))
            .collect::<Vec<_>>()
            .join(" ");
        let prefix = words[..s].join(" ");
        found = Some((pi, name, prefix));
        break;
    }
    match found {
        Some((pi, name, prefix)) => {
            let name_l = name.to_lowercase();
            let is_org = name_l
                .split_whitespace()
                .any(|w| LEXICON.organizations.contains(clean(w).as_str()))
                || (LEXICON.organizations.contains(head.as_str()) && pi == 0 && prefix.is_empty());
            let is_doc = LEXICON.documents.contains(head.as_str())
                && !is_cap(first_words[head_end.saturating_sub(1).min(first_words.len() - 1)]);
            m.source_type = if is_doc {
                SourceType::Document
            } else if is_org {
                SourceType::Organization
            } else {
                SourceType::Person
            };
            m.named = !is_doc;
            if m.source_type == SourceType::Person {
                let all: Vec<&str> = raw.split_whitespace().collect();
                m.gender = gender_of(&all, &name);
            }
            let mut desc: Vec<String> = Vec::new();
            let prefix = prefix.trim();
            if !prefix.is_empty() && !DETERMINERS.contains(&prefix.to_lowercase().as_str()) {
                desc.push(prefix.to_string());
            }
            for (i, p) in parts.iter().enumerate() {
                if i != pi {
                    desc.push(p.to_string());
                }
            }
            if !desc.is_empty() && !is_doc {
                m.description = Some(desc.join(", "));
            }
            if !is_doc {
                m.key = name_l.trim_start_matches("the ").to_string();
                m.name = name.trim_start_matches("The ").to_string();
                if m.source_type == SourceType::Organization && name.starts_with("The ") {
                    m.name = name.clone();
                }
            }
        }
        None => {
            m.source_type = if LEXICON.documents.contains(head.as_str()) {
                SourceType::Document
            } else if LEXICON.organizations.contains(head.as_str())
                && !LEXICON.unnamed.contains(head.as_str())
            {
                SourceType::Organization
            } else {
                SourceType::Unnamed
            };
            let mut words: Vec<&str> = lower.split_whitespace().collect();
            while words.len() > 1 && DETERMINERS.contains(&words[0]) {
                words.remove(0);
            }
            m.key = words.join(" ");
            if parts.len() > 1 {
                m.description = Some(parts[1..].join(", "));
            }
            m.name = parts[0].to_string();
        }
    }
    m
}

/// Last word of a lower-case name ("peskov" for "dmitry peskov").
pub(crate) fn surname(key: &str) -> &str {
    key.rsplit(' ').next().unwrap_or(key)
}
