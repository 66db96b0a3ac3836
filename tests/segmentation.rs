//! Table tests for the segmenter: paragraphs, sentences and words.
//!
//! Sentence cases are data, one line per case: `(name, input, &[expected sentences])`, grouped as
//! GOLDEN (our own versions of the Pragmatic Segmenter's English "golden rules"), NEWS (quotes,
//! datelines, headlines, lists as they appear in wire copy), OTHER_LANGUAGES, EDGE and REGRESSION
//! (one line per bug fixed). Every case is also run through the structural property checks, and so
//! are a few hostile inputs.

use copydesk::analysis::segment::{segment, split_sentences, words, Segmentation};
use copydesk::analysis::span::Span;
use std::time::{Duration, Instant};

type Case = (&'static str, &'static str, &'static [&'static str]);

#[rustfmt::skip]
const GOLDEN: &[Case] = &[
    ("simple_period", "The vote passed. The senators left.", &["The vote passed.", "The senators left."]),
    ("question_mark", "Who won the vote? The governor did.", &["Who won the vote?", "The governor did."]),
    ("exclamation_point", "We won! The crowd cheered.", &["We won!", "The crowd cheered."]),
    ("one_letter_upper_abbr", "The report was written by Anna K. Lewis.", &["The report was written by Anna K. Lewis."]),
    ("one_letter_lower_abbr", "See the chart on p. 12 of the report.", &["See the chart on p. 12 of the report."]),
    ("two_letter_lower_abbr_mid", "Did Smith and co. attend the hearing?", &["Did Smith and co. attend the hearing?"]),
    ("two_letter_upper_abbr_mid", "The firm merged with Baker, Lane & Co. last spring.", &["The firm merged with Baker, Lane & Co. last spring."]),
    ("two_letter_lower_abbr_end", "Ask Smith and co. They were there.", &["Ask Smith and co.", "They were there."]),
    ("two_letter_upper_abbr_end", "The firm merged with Baker, Lane & Co. It happened in May.", &["The firm merged with Baker, Lane & Co.", "It happened in May."]),
    ("prepositive_abbr", "Climbers reached Mt. Kenya at dawn.", &["Climbers reached Mt. Kenya at dawn."]),
    ("prepositive_and_postpositive_abbr", "St. Mary's Hospital is on Elm st. next to the school.", &["St. Mary's Hospital is on Elm st. next to the school."]),
    ("possessive_abbr", "It was Martin Luther King Jr.'s speech.", &["It was Martin Luther King Jr.'s speech."]),
    ("multi_period_abbr_mid", "She toured the U.S.A. in the summer.", &["She toured the U.S.A. in the summer."]),
    ("multi_period_abbr_end", "He studied in the E.U. What about you?", &["He studied in the E.U.", "What about you?"]),
    ("us_as_boundary", "They moved to the U.S. How did it go?", &["They moved to the U.S.", "How did it go?"]),
    ("us_before_capitalised_noun", "She joined the U.S. Navy in 1990.", &["She joined the U.S. Navy in 1990."]),
    ("us_before_lowercase", "He has worked in the U.S. for a decade.", &["He has worked in the U.S. for a decade."]),
    ("am_pm", "At 7 a.m. Mr. Lee opened the shop. He closed it at 9 P.M. Mr. Lee then went home.", &["At 7 a.m. Mr. Lee opened the shop.", "He closed it at 9 P.M.", "Mr. Lee then went home."]),
    ("number_mid", "The ticket costs $45.50 at the door.", &["The ticket costs $45.50 at the door."]),
    ("number_end", "The ticket costs $45.50. It is sold out.", &["The ticket costs $45.50.", "It is sold out."]),
    ("parenthetical_inside", "She studied law (She had worked as a nurse for 3 years.) at the state university.", &["She studied law (She had worked as a nurse for 3 years.) at the state university."]),
    ("email", "Send it to Mark.Hill@example.com. He will reply.", &["Send it to Mark.Hill@example.com.", "He will reply."]),
    ("web_address", "The page is: https://www.example.42.org/news/latest_story.html. Read it today.", &["The page is: https://www.example.42.org/news/latest_story.html.", "Read it today."]),
    ("single_quotes_inside", "He looked up, 'That is fine.' he said.", &["He looked up, 'That is fine.' he said."]),
    ("double_quotes_inside", "He looked up, \"That is fine.\" he said.", &["He looked up, \"That is fine.\" he said."]),
    ("double_quotes_end", "He looked up, \"That is fine.\" He closed the door.", &["He looked up, \"That is fine.\"", "He closed the door."]),
    ("double_exclamation", "Hi!! Good to see you.", &["Hi!!", "Good to see you."]),
    ("double_question", "Hi?? Anyone home?", &["Hi??", "Anyone home?"]),
    ("exclamation_question", "Really!? Is it true?", &["Really!?", "Is it true?"]),
    ("question_exclamation", "Really?! Is it true?", &["Really?!", "Is it true?"]),
    ("list_period_paren_no_end", "1.) Buy bread 2.) Buy milk", &["1.) Buy bread", "2.) Buy milk"]),
    ("list_period_paren_end", "1.) Buy bread. 2.) Buy milk.", &["1.) Buy bread.", "2.) Buy milk."]),
    ("list_paren_no_end", "1) Buy bread 2) Buy milk", &["1) Buy bread", "2) Buy milk"]),
    ("list_paren_end", "1) Buy bread. 2) Buy milk.", &["1) Buy bread.", "2) Buy milk."]),
    ("list_period_no_end", "1. Buy bread 2. Buy milk", &["1. Buy bread", "2. Buy milk"]),
    ("list_period_end", "1. Buy bread. 2. Buy milk.", &["1. Buy bread.", "2. Buy milk."]),
    ("list_bullet", "• 4. Buy bread • 5. Buy milk", &["• 4. Buy bread", "• 5. Buy milk"]),
    ("list_hyphen_bullet", "⁃4. Buy bread ⁃5. Buy milk", &["⁃4. Buy bread", "⁃5. Buy milk"]),
    ("list_alphabetical", "a. Buy bread b. Buy milk c. Buy some eggs", &["a. Buy bread", "b. Buy milk", "c. Buy some eggs"]),
    ("geo_coordinates", "The wreck lies at N°. 4032.117.908. Divers found it in May.", &["The wreck lies at N°. 4032.117.908.", "Divers found it in May."]),
    ("named_entity_exclamation", "He works at Yahoo! in the ad team.", &["He works at Yahoo! in the ad team."]),
    ("pronoun_i_and_initial_i", "It was just you and I. Have you met Charles I. Brown?", &["It was just you and I.", "Have you met Charles I. Brown?"]),
    ("ellipsis_end_of_quotation", "The author writes that by living simply, “the rules of nature grow clearer. . . .”", &["The author writes that by living simply, “the rules of nature grow clearer. . . .”"]),
    ("ellipsis_in_brackets", "\"Bohr [...] compared it to stairways [...]\" (Jones 12).", &["\"Bohr [...] compared it to stairways [...]\" (Jones 12)."]),
    ("ellipsis_standard_boundary", "When words are dropped at the end of a sentence, mark the gap and then a period . . . . The next sentence follows.", &["When words are dropped at the end of a sentence, mark the gap and then a period . . . .", "The next sentence follows."]),
    ("ellipsis_nonstandard_boundary", "I never said that.... He walked out.", &["I never said that....", "He walked out."]),
    ("ellipsis_not_boundary", "I wasn’t quite ... well, what I meant...look . . . what I'm saying is . . . I didn’t plan it.", &["I wasn’t quite ... well, what I meant...look . . . what I'm saying is . . . I didn’t plan it."]),
    ("four_dot_ellipsis", "One old habit had faded . . . was that of joining words into compounds. . . . The habit did not vanish. . . .", &["One old habit had faded . . . was that of joining words into compounds. . . .", "The habit did not vanish. . . ."]),
    ("no_whitespace_between_sentences", "Good morning.Today is Friday.Mr. Park bought 2,000.That is plenty.", &["Good morning.", "Today is Friday.", "Mr. Park bought 2,000.", "That is plenty."]),
    ("quoted_question_then_attribution", "“Why?” she asked.", &["“Why?” she asked."]),
    ("abbreviation_before_number", "The case is listed as No. 12 on the docket.", &["The case is listed as No. 12 on the docket."]),
    ("unicode_ellipsis_capital", "It was late… The lights went out.", &["It was late…", "The lights went out."]),
];

#[rustfmt::skip]
const NEWS: &[Case] = &[
    ("us_then", "He moved to the U.S. Then he left.", &["He moved to the U.S.", "Then he left."]),
    ("initials_tolkien", "J. R. R. Tolkien wrote the book.", &["J. R. R. Tolkien wrote the book."]),
    ("middle_initial", "George W. Bush spoke today.", &["George W. Bush spoke today."]),
    ("money_and_percent", "The deal is worth $3.5 million. Shares rose 2.5% on Monday.", &["The deal is worth $3.5 million.", "Shares rose 2.5% on Monday."]),
    ("percent_end", "Inflation hit 2.5%. Economists were surprised.", &["Inflation hit 2.5%.", "Economists were surprised."]),
    ("numbered_list_item", "1. First item", &["1. First item"]),
    ("numbered_list_lines", "Key points:\n1. Prices rose.\n2. Wages fell.", &["Key points:", "1. Prices rose.", "2. Wages fell."]),
    ("bullet_lines", "• Prices rose\n• Wages fell", &["• Prices rose", "• Wages fell"]),
    ("dash_bullet_lines", "- Prices rose\n- Wages fell", &["- Prices rose", "- Wages fell"]),
    ("www_address", "Details are at www.example.com for readers. More follows.", &["Details are at www.example.com for readers.", "More follows."]),
    ("email_end", "Contact john.doe@example.org. He answers quickly.", &["Contact john.doe@example.org.", "He answers quickly."]),
    ("url_with_query", "See https://x.y/z?a=1.2 for the data. It is free.", &["See https://x.y/z?a=1.2 for the data.", "It is free."]),
    ("ellipsis_lowercase", "Wait... what?", &["Wait... what?"]),
    ("unicode_ellipsis_uppercase", "Wait… What happened?", &["Wait…", "What happened?"]),
    ("unicode_ellipsis_lowercase", "Wait… what happened?", &["Wait… what happened?"]),
    ("mixed_double_punctuation", "Are you serious?! He left!! Then what?", &["Are you serious?!", "He left!!", "Then what?"]),
    ("straight_quote_ends_sentence", "He said \"Stop.\" Then he left.", &["He said \"Stop.\"", "Then he left."]),
    ("curly_quote_ends_sentence", "He said “Stop.” Then he left.", &["He said “Stop.”", "Then he left."]),
    ("curly_comma_attribution", "“We are grateful,” he said.", &["“We are grateful,” he said."]),
    ("single_curly_comma_attribution", "‘We will never forget this aid,’ he said.", &["‘We will never forget this aid,’ he said."]),
    ("exclamation_in_quote_attribution", "“Stop!” she cried.", &["“Stop!” she cried."]),
    ("question_in_quote_attribution", "“Why now?” asked the senator.", &["“Why now?” asked the senator."]),
    ("period_in_quote_attribution", "“It is over.” she said.", &["“It is over.” she said."]),
    ("quote_after_quote", "“It is over.” “No, it is not,” she replied.", &["“It is over.”", "“No, it is not,” she replied."]),
    ("quote_then_attribution_then_quote", "“We will rebuild,” the mayor said. “It will take years.”", &["“We will rebuild,” the mayor said.", "“It will take years.”"]),
    ("parenthesised_sentence", "(He left.) Then he returned.", &["(He left.)", "Then he returned."]),
    ("headline_then_body", "Markets rally as inflation cools\nStocks rose sharply on Tuesday. Bonds fell.", &["Markets rally as inflation cools", "Stocks rose sharply on Tuesday.", "Bonds fell."]),
    ("headline_crlf", "Storm hits coast\r\n\r\nThousands lost power.", &["Storm hits coast", "Thousands lost power."]),
    ("paragraph_separator", "First part.\u{2029}Second part.", &["First part.", "Second part."]),
    ("dateline_reuters", "WASHINGTON (Reuters) - The Senate passed the bill on Friday. It now goes to the House.", &["WASHINGTON (Reuters) - The Senate passed the bill on Friday.", "It now goes to the House."]),
    ("dateline_month", "LONDON, Jan. 5 — Prime Minister Jane Smith said talks would resume. Officials agreed.", &["LONDON, Jan. 5 — Prime Minister Jane Smith said talks would resume.", "Officials agreed."]),
    ("dateline_ap_state", "SPRINGFIELD, Ill. (AP) — The governor signed the bill. It takes effect in July.", &["SPRINGFIELD, Ill. (AP) — The governor signed the bill.", "It takes effect in July."]),
    ("dateline_multi_dot_dash", "NEW YORK, N.Y. — The mayor spoke.", &["NEW YORK, N.Y. — The mayor spoke."]),
    ("titles", "Gov. Jane Doe and Sen. John Roe met Lt. Col. Ann Poe. They talked.", &["Gov. Jane Doe and Sen. John Roe met Lt. Col. Ann Poe.", "They talked."]),
    ("more_titles", "Dr. Ruth Ng and Prof. Ed Ko of St. Louis spoke with Rep. Al Fox and Gen. Bo Li.", &["Dr. Ruth Ng and Prof. Ed Ko of St. Louis spoke with Rep. Al Fox and Gen. Bo Li."]),
    ("mrs_and_ms", "Mrs. Hall met Ms. Cole.", &["Mrs. Hall met Ms. Cole."]),
    ("months_before_numbers", "The law passed on Feb. 3 and took effect in Sept. 2021.", &["The law passed on Feb. 3 and took effect in Sept. 2021."]),
    ("inc_end", "The shares belong to Acme Inc. The company declined to comment.", &["The shares belong to Acme Inc.", "The company declined to comment."]),
    ("inc_before_title", "Acme Inc. Chief Executive Jo Li resigned.", &["Acme Inc. Chief Executive Jo Li resigned."]),
    ("corp_ltd_mid", "Globex Corp. and Initech Ltd. signed a deal.", &["Globex Corp. and Initech Ltd. signed a deal."]),
    ("etc_end", "They sell apples, pears, etc. The prices vary.", &["They sell apples, pears, etc.", "The prices vary."]),
    ("eg_before_capital", "Several cities, e.g. Paris and Rome, agreed.", &["Several cities, e.g. Paris and Rome, agreed."]),
    ("ie_mid", "He chose the cheaper option, i.e. the bus.", &["He chose the cheaper option, i.e. the bus."]),
    ("no_as_answer_and_number", "He wore No. 5 in the final. No. He did not.", &["He wore No. 5 in the final.", "No.", "He did not."]),
    ("versus", "It was Smith vs. Jones in the final.", &["It was Smith vs. Jones in the final."]),
    ("phd_mid", "She earned a Ph.D. in physics. Her thesis won a prize.", &["She earned a Ph.D. in physics.", "Her thesis won a prize."]),
    ("phd_end", "She holds a Ph.D. She teaches at Yale.", &["She holds a Ph.D.", "She teaches at Yale."]),
    ("am_end", "The meeting starts at 9 a.m. It will last an hour.", &["The meeting starts at 9 a.m.", "It will last an hour."]),
    ("pm_before_day", "The polls close at 8 p.m. Tuesday in most states.", &["The polls close at 8 p.m. Tuesday in most states."]),
    ("un_uk", "The U.N. Security Council met. The U.K. abstained.", &["The U.N. Security Council met.", "The U.K. abstained."]),
    ("jr_end", "The award went to Sammy Davis Jr. He accepted it.", &["The award went to Sammy Davis Jr.", "He accepted it."]),
    ("quote_inside_parenthesis", "He resigned (“I had no choice,” he said.) Then he left.", &["He resigned (“I had no choice,” he said.)", "Then he left."]),
    ("sentence_starting_with_number", "Police said 12 people died. 30 more were hurt.", &["Police said 12 people died.", "30 more were hurt."]),
    ("dash_after_period", "He resigned. — Reporting by Jo Li.", &["He resigned.", "— Reporting by Jo Li."]),
    ("quote_spanning_line_break", "‘We are grateful for their aid.\nWe will never forget this aid,’ he said.", &["‘We are grateful for their aid.", "We will never forget this aid,’ he said."]),
    ("byline_line", "By Jane Smith\nPARIS (AP) — Talks resumed.", &["By Jane Smith", "PARIS (AP) — Talks resumed."]),
];

#[rustfmt::skip]
const OTHER_LANGUAGES: &[Case] = &[
    ("de_ordinal_date", "Der Vertrag wurde am 3. Oktober unterzeichnet. Die Firma, z. B. die GmbH, stimmte zu.", &["Der Vertrag wurde am 3. Oktober unterzeichnet.", "Die Firma, z. B. die GmbH, stimmte zu."]),
    ("de_low_quotes", "Er sagte: „Das ist gut.“ Dann ging er.", &["Er sagte: „Das ist gut.“", "Dann ging er."]),
    ("de_abbreviations", "Dr. Müller wohnt in der Hauptstr. 5 bzw. in Nr. 7. Er ist Arzt.", &["Dr. Müller wohnt in der Hauptstr. 5 bzw. in Nr. 7.", "Er ist Arzt."]),
    ("de_zb_capital", "Viele Länder, z.B. Deutschland, stimmten zu.", &["Viele Länder, z.B. Deutschland, stimmten zu."]),
    ("fr_spaced_guillemets", "M. Dupont est arrivé. Il a crié « Bonjour ! » puis il est parti.", &["M. Dupont est arrivé.", "Il a crié « Bonjour ! » puis il est parti."]),
    ("fr_spaced_question", "Vous venez ? Oui, bien sûr.", &["Vous venez ?", "Oui, bien sûr."]),
    ("fr_guillemet_end", "Il a dit : « C'est fini. » Puis il est sorti.", &["Il a dit : « C'est fini. »", "Puis il est sorti."]),
    ("ru_year_abbreviation", "Он приехал в 1990 г. в Москву. Там он работал в т. ч. на заводе.", &["Он приехал в 1990 г. в Москву.", "Там он работал в т. ч. на заводе."]),
    ("ru_question_exclamation", "Что случилось? Никто не знает! Это странно.", &["Что случилось?", "Никто не знает!", "Это странно."]),
    ("ru_initials", "Президент В. В. Путин выступил. Зал аплодировал.", &["Президент В. В. Путин выступил.", "Зал аплодировал."]),
    ("es_inverted_marks", "¿Dónde está el ministro? ¡No lo sabemos! El Sr. García no respondió.", &["¿Dónde está el ministro?", "¡No lo sabemos!", "El Sr. García no respondió."]),
    ("es_spaced_pm", "La Sra. López llegó a las 5 p. m. y se fue.", &["La Sra. López llegó a las 5 p. m. y se fue."]),
    ("cjk_full_stops", "我们赢了。大家都很高兴！", &["我们赢了。", "大家都很高兴！"]),
];

#[rustfmt::skip]
const EDGE: &[Case] = &[
    ("empty", "", &[]),
    ("only_whitespace", "  \n\t \r\n ", &[]),
    ("single_word", "Hello", &["Hello"]),
    ("single_word_with_period", "Hello.", &["Hello."]),
    ("no_punctuation", "no punctuation at all in this text", &["no punctuation at all in this text"]),
    ("no_punctuation_two_lines", "first line here\nsecond line here", &["first line here", "second line here"]),
    ("leading_and_trailing_space", "   Spaced out.   Really.  ", &["Spaced out.", "Really."]),
    ("only_punctuation", "...", &["..."]),
    ("lone_dots", ". . . . .", &[". . . . ."]),
    ("unclosed_quote", "He said \"Stop. Then he left.", &["He said \"Stop.", "Then he left."]),
    ("emoji_after_period", "We won. 🎉 Party tonight!", &["We won.", "🎉 Party tonight!"]),
    ("combining_marks", "Cafe\u{301} opens. Nai\u{308}ve fans cheer.", &["Cafe\u{301} opens.", "Nai\u{308}ve fans cheer."]),
    ("tabs_between", "One.\tTwo.", &["One.", "Two."]),
    ("nbsp_between", "One.\u{a0}Two.", &["One.", "Two."]),
];

#[rustfmt::skip]
const REGRESSION: &[Case] = &[
    ("acronym_is_not_a_foreign_starter", "Update (10:30 a.m. ET): The vote was delayed.", &["Update (10:30 a.m. ET): The vote was delayed."]),
    ("camel_case_brand_opens_sentence", "The iPhone 15 sold well. iPhone sales rose.", &["The iPhone 15 sold well.", "iPhone sales rose."]),
    ("street_abbreviation_ends_sentence", "He lives at 10 Downing St. The house is old.", &["He lives at 10 Downing St.", "The house is old."]),
    ("acronym_is_not_a_listed_abbreviation", "The vote is set for 2 p.m. EST. Senators are ready.", &["The vote is set for 2 p.m. EST.", "Senators are ready."]),
    ("extension_before_number", "Call 555-1234 ext. 5. Ask for Bob.", &["Call 555-1234 ext. 5.", "Ask for Bob."]),
    ("time_then_new_subject", "They arrived at 6 a.m. Police said nothing.", &["They arrived at 6 a.m.", "Police said nothing."]),
    ("time_then_time_zone", "Polls open at 7 a.m. Eastern and close at 8 p.m. Tuesday.", &["Polls open at 7 a.m. Eastern and close at 8 p.m. Tuesday."]),
    ("all_caps_company", "He joined ACME INC. in 2001.", &["He joined ACME INC. in 2001."]),
    ("list_after_colon", "Tips: 1. Eat well 2. Sleep more", &["Tips:", "1. Eat well", "2. Sleep more"]),
    ("parenthesised_list", "(1) Buy bread (2) Buy milk", &["(1) Buy bread", "(2) Buy milk"]),
    ("capitalised_domain", "Visit Amazon.Com today.", &["Visit Amazon.Com today."]),
    ("lowercase_after_lone_dash", "He said “No.” — and he left.", &["He said “No.” — and he left."]),
    ("name_and_speech_verb_after_quote", "“Stop!” Mr. Smith shouted. Nobody moved.", &["“Stop!” Mr. Smith shouted.", "Nobody moved."]),
    ("name_and_verb_with_comma_after_quote", "“It is over.” Smith said, adding nothing.", &["“It is over.” Smith said, adding nothing."]),
    ("pronoun_and_verb_after_quote", "He asked: “Why?” Nobody answered.", &["He asked: “Why?”", "Nobody answered."]),
    ("name_and_verb_that_goes_on_after_quote", "“It is over.” Smith said the talks failed.", &["“It is over.”", "Smith said the talks failed."]),
];

fn sentence_texts(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|s| s.slice(text))
        .collect()
}

/// Runs a group and reports every failing case at once, so a rule change shows its full effect.
fn run_group(group: &str, cases: &[Case]) {
    let mut failures = Vec::new();
    for &(name, input, expected) in cases {
        let got = sentence_texts(input);
        if got != expected {
            failures.push(format!("{group}::{name}\n  input:    {input:?}\n  expected: {expected:?}\n  got:      {got:?}"));
        }
        check_properties(input, &segment(input));
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn golden_rules() {
    run_group("GOLDEN", GOLDEN);
}

#[test]
fn news() {
    run_group("NEWS", NEWS);
}

#[test]
fn other_languages() {
    run_group("OTHER_LANGUAGES", OTHER_LANGUAGES);
}

#[test]
fn edge_cases() {
    run_group("EDGE", EDGE);
}

#[test]
fn regressions() {
    run_group("REGRESSION", REGRESSION);
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start < span.end,
        "{what} {span:?} is empty in {text:?}"
    );
    assert!(span.end <= text.len(), "{what} {span:?} out of bounds");
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
    let s = span.slice(text);
    assert_eq!(s, s.trim(), "{what} {span:?} is not trimmed in {text:?}");
}

fn check_ordered(text: &str, spans: &[Span], what: &str) {
    for pair in spans.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "{what}s {:?} and {:?} overlap or are out of order in {text:?}",
            pair[0],
            pair[1]
        );
    }
}

/// The invariants every consumer relies on, checked over any input.
fn check_properties(text: &str, seg: &Segmentation) {
    for &p in &seg.paragraphs {
        check_span(text, p, "paragraph");
    }
    check_ordered(text, &seg.paragraphs, "paragraph");
    let sentence_spans: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
    for s in &seg.sentences {
        check_span(text, s.span, "sentence");
        let para = seg.paragraphs[s.paragraph];
        assert!(
            para.contains(s.span),
            "sentence {:?} crosses its paragraph {para:?}",
            s.span
        );
        let ws = &seg.words[s.words.clone()];
        assert!(
            ws.iter().all(|w| s.span.contains(*w)),
            "sentence {:?} owns words outside it",
            s.span
        );
        assert_eq!(
            ws,
            words(text, s.span).as_slice(),
            "Segmentation::words disagrees with words()"
        );
    }
    check_ordered(text, &sentence_spans, "sentence");
    for w in &seg.words {
        check_span(text, *w, "word");
        assert!(
            w.slice(text).chars().any(char::is_alphanumeric),
            "word {:?} has no letter or digit",
            w.slice(text)
        );
    }
    check_ordered(text, &seg.words, "word");
    // Sentence word ranges tile `words` in order.
    let mut next = 0;
    for s in &seg.sentences {
        assert_eq!(s.words.start, next, "word ranges are not contiguous");
        next = s.words.end;
    }
    assert_eq!(next, seg.words.len(), "words outside any sentence");
    // Every non-white-space character belongs to exactly one sentence (spans are disjoint, so
    // "at least one" is enough), and white space between sentences is all that is left out.
    let mut owner = sentence_spans.iter().peekable();
    for (i, c) in text.char_indices() {
        while owner.peek().is_some_and(|s| s.end <= i) {
            owner.next();
        }
        let covered = owner.peek().is_some_and(|s| s.start <= i);
        if !c.is_whitespace() {
            assert!(
                covered,
                "char {c:?} at {i} belongs to no sentence in {text:?}"
            );
        }
    }
    assert_eq!(
        split_sentences(text),
        sentence_spans,
        "split_sentences disagrees with segment"
    );
}

fn nasty_inputs() -> Vec<String> {
    vec![
        "👩‍👩‍👧 family. 🎉 Party! 🇫🇷 Vive la France.".to_string(),
        "e\u{301}\u{301}\u{301}. \u{301}\u{302} A\u{308}. o\u{308}".to_string(),
        "word ".repeat(2_000),
        ".".repeat(10_000),
        ". ".repeat(5_000),
        "?!".repeat(5_000),
        "U.S.".repeat(3_000),
        "He said \"Stop. Then \u{201c}he left. (and never ((( came back".to_string(),
        "\"\"\"''' ))) »» «« ” “ ‘ ’".to_string(),
        "a\r\nb\rc\n\nd\u{2028}e\u{2029}f\u{85}g".to_string(),
        "» » » . . . ? ! …".to_string(),
        "1. 2. 3. 4. a. b. c. • • • ⁃ ⁃".to_string(),
        "x".repeat(10_000),
        "\u{feff}Zero\u{200b}width. Next\u{200d}one.".to_string(),
        "Mr. Mr. Mr. Dr. U.S. U.S. a.m. No. 5. No.".to_string(),
        "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.".to_string(),
        "end.Start.end.Start".repeat(500),
        "https://a.b/c?d=e.F&g=H.i. Then.".to_string(),
        "\u{a0}\u{2003}\u{3000}".to_string(),
        "ß.İ.ǅ. ﬀ. Ⅻ. ①. ².".to_string(),
        // A combining mark after a space (found by fuzzing): the word must not take the space.
        "x \u{d00}".to_string(),
        "\u{915} \u{93f}".to_string(),
    ]
}

#[test]
fn properties_hold_on_nasty_inputs() {
    for input in nasty_inputs() {
        check_properties(&input, &segment(&input));
    }
}

#[test]
fn text_without_punctuation_is_one_sentence_per_paragraph() {
    // Up to the run-on cap (see `run_on_text_is_cut_into_bounded_sentences`).
    let text = "word ".repeat(390);
    assert_eq!(split_sentences(&text).len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Structure: paragraphs, sentence ↔ paragraph, words
// ---------------------------------------------------------------------------------------------

#[test]
fn paragraphs_are_lines_and_sentences_know_their_paragraph() {
    let text = "Headline here\n\nFirst para. Still first.\r\nSecond para.";
    let seg = segment(text);
    let paras: Vec<&str> = seg.paragraphs.iter().map(|p| p.slice(text)).collect();
    assert_eq!(
        paras,
        ["Headline here", "First para. Still first.", "Second para."]
    );
    let owners: Vec<usize> = seg.sentences.iter().map(|s| s.paragraph).collect();
    assert_eq!(owners, [0, 1, 1, 2]);
}

#[test]
fn sentence_words_index_into_segmentation_words() {
    let text = "He left. She stayed home.";
    let seg = segment(text);
    let second = &seg.sentences[1];
    let ws: Vec<&str> = seg.words[second.words.clone()]
        .iter()
        .map(|w| w.slice(text))
        .collect();
    assert_eq!(ws, ["She", "stayed", "home"]);
}

fn word_texts(text: &str) -> Vec<&str> {
    words(text, Span::new(0, text.len()))
        .into_iter()
        .map(|w| w.slice(text))
        .collect()
}

#[test]
fn words_keep_inner_apostrophes_hyphens_and_decimal_points() {
    assert_eq!(word_texts("I don't know."), ["I", "don't", "know"]);
    assert_eq!(
        word_texts("It’s a well-known fact"),
        ["It’s", "a", "well-known", "fact"]
    );
    assert_eq!(
        word_texts("The U.S. and the U.K. agreed"),
        ["The", "U.S.", "and", "the", "U.K.", "agreed"]
    );
    assert_eq!(
        word_texts("$3.5 million, 2.5% and 1,000 units"),
        ["3.5", "million", "2.5", "and", "1,000", "units"]
    );
    assert_eq!(word_texts("at 9 a.m. sharp"), ["at", "9", "a.m.", "sharp"]);
    assert_eq!(
        word_texts("Mr. Smith (69) said: “No!”"),
        ["Mr", "Smith", "69", "said", "No"]
    );
    assert_eq!(
        word_texts("state-of-the-art -- done - ok"),
        ["state-of-the-art", "done", "ok"]
    );
    assert_eq!(
        word_texts("Müller sagte „Grüß Gott“"),
        ["Müller", "sagte", "Grüß", "Gott"]
    );
    assert_eq!(word_texts("Привет, мир"), ["Привет", "мир"]);
    assert_eq!(word_texts(" ... !!! "), Vec::<&str>::new());
}

#[test]
fn words_inside_a_span_only() {
    let text = "One two. Three four.";
    let span = Span::new(9, text.len());
    let got: Vec<&str> = words(text, span)
        .into_iter()
        .map(|w| w.slice(text))
        .collect();
    assert_eq!(got, ["Three", "four"]);
}

// ---------------------------------------------------------------------------------------------
// Performance: linear time. Limits are for release builds; debug builds get ten times as long.
// ---------------------------------------------------------------------------------------------

fn time_limit() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(10)
    } else {
        Duration::from_secs(1)
    }
}

fn assert_fast(what: &str, text: &str) {
    let start = Instant::now();
    let seg = segment(text);
    let took = start.elapsed();
    assert!(
        took < time_limit(),
        "{what}: {took:?} for {} bytes",
        text.len()
    );
    assert!(!seg.sentences.is_empty());
}

#[test]
fn one_megabyte_without_spaces_is_fast() {
    assert_fast("letters", &"abcdefghij".repeat(100_000));
    assert_fast("dots", &"a.b".repeat(350_000));
    assert_fast("sentence-like", &"word.Next".repeat(110_000));
    assert_fast("only dots", &".".repeat(1_000_000));
}

#[test]
fn sixty_thousand_one_word_sentences_are_fast() {
    let text = "Yes. ".repeat(60_000);
    let start = Instant::now();
    let n = split_sentences(&text).len();
    assert!(start.elapsed() < time_limit(), "took {:?}", start.elapsed());
    assert_eq!(n, 60_000);
}

#[test]
fn a_long_line_of_abbreviations_is_fast() {
    assert_fast("abbreviations", &"Mr. U.S. a.m. No. 5 ".repeat(50_000));
    assert_fast("spaced dots", &". ".repeat(500_000));
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Segmentation>();
    check::<copydesk::analysis::segment::Sentence>();
}

/// Run-on text is cut into bounded pieces at clause marks, and nothing is lost.
#[test]
fn run_on_text_is_cut_into_bounded_sentences() {
    use copydesk::analysis::segment::{segment, MAX_SENTENCE_BYTES};
    let text = "“Yes,” said Smith, ".repeat(2_000);
    let seg = segment(&text);
    assert!(seg.sentences.len() > 10);
    let mut joined = String::new();
    for s in &seg.sentences {
        let piece = s.span.slice(&text);
        assert!(piece.len() <= MAX_SENTENCE_BYTES, "{} bytes", piece.len());
        assert!(
            piece.ends_with(',') || s.span.end == text.trim_end().len(),
            "cut after a comma: {piece:?}"
        );
        joined.push_str(piece);
    }
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    assert_eq!(squeeze(&joined), squeeze(&text));
    // No clause mark: cut at spaces; no space: cut at a character boundary.
    for text in ["word ".repeat(3_000), "é".repeat(3_000)] {
        let seg = segment(&text);
        assert!(seg
            .sentences
            .iter()
            .all(|s| s.span.slice(&text).len() <= MAX_SENTENCE_BYTES));
        assert_eq!(
            squeeze(
                &seg.sentences
                    .iter()
                    .map(|s| s.span.slice(&text))
                    .collect::<String>()
            ),
            squeeze(&text)
        );
    }
}
