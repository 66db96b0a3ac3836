// TEMPORARY placeholder until the real summarizer lands.
use crate::analysis::span::Span; use crate::analysis::warning::Warning;
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)] pub enum Algorithm { #[default] Default, TextRank, LexRank, Lead }
impl Algorithm {
    pub const ALL: [Algorithm; 4] = [Algorithm::Default, Algorithm::TextRank, Algorithm::LexRank, Algorithm::Lead];
    pub fn as_str(&self) -> &'static str { match self { Self::Default => "default", Self::TextRank => "textrank", Self::LexRank => "lexrank", Self::Lead => "lead" } }
    pub fn parse(s: &str) -> Option<Self> { Self::ALL.into_iter().find(|a| a.as_str() == s) }
}
#[derive(Clone, Copy, Debug, PartialEq)] pub enum Length { Sentences(usize), Ratio(f64), MaxChars(usize) }
impl Default for Length { fn default() -> Self { Length::Sentences(3) } }
#[derive(Clone, Debug, PartialEq, Default)] pub struct SummaryOptions { pub algorithm: Algorithm, pub length: Length, pub title: Option<String> }
#[derive(Clone, Debug, PartialEq)] pub struct RankedSentence { pub index: usize, pub span: Span, pub score: f32, pub rank: usize }
#[derive(Clone, Debug, PartialEq)] pub struct Summary { pub algorithm: Algorithm, pub sentences: Vec<RankedSentence>, pub warnings: Vec<Warning> }
pub fn summarize(_text: &str, sentences: &[Span], _paragraph_of: &[usize], _language: &str, options: &SummaryOptions) -> Summary {
    let n = match options.length { Length::Sentences(n) => n, _ => 3 }.min(sentences.len());
    Summary { algorithm: options.algorithm, sentences: sentences[..n].iter().enumerate().map(|(i, s)| RankedSentence { index: i, span: *s, score: 1.0 / (i + 1) as f32, rank: i + 1 }).collect(), warnings: vec![] }
}
