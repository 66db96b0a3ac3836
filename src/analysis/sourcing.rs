// TEMPORARY placeholder until the real sourcing module lands.
use crate::analysis::span::Span; use crate::analysis::warning::Warning;
#[derive(Clone, Copy, Debug, PartialEq, Eq)] pub enum AttributionKind { Direct, Indirect, Mixed }
impl AttributionKind { pub fn as_str(&self) -> &'static str { match self { Self::Direct => "direct", Self::Indirect => "indirect", Self::Mixed => "mixed" } } }
#[derive(Clone, Copy, Debug, PartialEq, Eq)] pub enum SourceType { Person, Organization, Unnamed, Document }
impl SourceType { pub fn as_str(&self) -> &'static str { match self { Self::Person => "person", Self::Organization => "organization", Self::Unnamed => "unnamed", Self::Document => "document" } } }
#[derive(Clone, Debug, PartialEq)] pub struct Attribution { pub source: Option<Span>, pub source_id: Option<usize>, pub cue: Span, pub content: Span, pub kind: AttributionKind, pub sentence: usize }
#[derive(Clone, Debug, PartialEq)] pub struct Source { pub name: String, pub source_type: SourceType, pub named: bool, pub description: Option<String>, pub mentions: Vec<Span>, pub attributions: usize, pub direct: usize, pub indirect: usize }
#[derive(Clone, Debug, PartialEq, Default)] pub struct SourcingStats { pub attributions: usize, pub sources: usize, pub named_sources: usize, pub unnamed_sources: usize, pub direct: usize, pub indirect: usize, pub mixed: usize, pub attributed_sentence_ratio: f32 }
#[derive(Clone, Debug, PartialEq)] pub struct Sourcing { pub attributions: Vec<Attribution>, pub sources: Vec<Source>, pub stats: SourcingStats, pub warnings: Vec<Warning> }
pub fn analyze(text: &str, sentences: &[Span], _language: &str) -> Sourcing {
    let mut attributions = vec![];
    for (i, s) in sentences.iter().enumerate() {
        let t = s.slice(text);
        if let Some(p) = t.find(" said") { attributions.push(Attribution { source: None, source_id: None, cue: Span::new(s.start + p + 1, s.start + p + 5), content: *s, kind: AttributionKind::Indirect, sentence: i }); }
    }
    let stats = SourcingStats { attributions: attributions.len(), indirect: attributions.len(), ..Default::default() };
    Sourcing { attributions, sources: vec![], stats, warnings: vec![] }
}
