//! Turning what a client sends into the text every analysis reads.
//!
//! Plain text is analysed exactly as sent, so every returned offset slices the client's own string.
//! HTML goes through a real HTML5 parser (html5ever via `scraper`): entities are decoded, `script`,
//! `style`, navigation and other page furniture are dropped, block elements become line breaks (one
//! paragraph a line) and the result is NFC-normalised. The client gets that text back as
//! `document.text`, and offsets for HTML input refer to it.

use scraper::{Html, Node};
use unicode_normalization::UnicodeNormalization;

/// Elements whose content is never article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "svg", "canvas", "iframe", "object", "embed", "head", "title",
    "menu", "dialog",
];

/// Elements that end a paragraph: their text goes on its own line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "figure",
    "figcaption",
    "hr",
    "address",
    "details",
    "summary",
    "body",
    "html",
];

/// Extracts the readable text of an HTML document or fragment.
///
/// Paragraph structure survives as single line breaks, runs of white space inside a paragraph
/// collapse to one space, and `<br>` becomes a line break. Never fails: malformed HTML is repaired
/// the way browsers repair it.
pub fn html_to_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = TextBuilder::default();
    // Iterative walk: documents nested 10,000 levels deep must not overflow the stack.
    let mut stack = vec![(doc.tree.root(), false)];
    while let Some((node, leaving)) = stack.pop() {
        match node.value() {
            Node::Text(t) if !leaving => out.push_text(t),
            Node::Element(e) => {
                let name = e.name();
                if leaving {
                    if BLOCKS.contains(&name) {
                        out.break_line();
                    }
                    continue;
                }
                if DROPPED.contains(&name) || e.attr("hidden").is_some() {
                    continue;
                }
                if name == "br" {
                    out.break_line();
                    continue;
                }
                if BLOCKS.contains(&name) {
                    out.break_line();
                }
                stack.push((node, true));
                push_children(&mut stack, node);
            }
            Node::Document | Node::Fragment if !leaving => push_children(&mut stack, node),
            _ => {}
        }
    }
    out.finish().nfc().collect()
}

fn push_children<'a>(
    stack: &mut Vec<(ego_tree::NodeRef<'a, Node>, bool)>,
    node: ego_tree::NodeRef<'a, Node>,
) {
    // Reversed so the first child is popped first.
    let children: Vec<_> = node.children().collect();
    stack.extend(children.into_iter().rev().map(|c| (c, false)));
}

/// Accumulates text with HTML white-space rules: spaces collapse, line breaks only where blocks end.
#[derive(Default)]
struct TextBuilder {
    text: String,
    pending_space: bool,
}

impl TextBuilder {
    fn push_text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                self.pending_space = true;
            } else {
                if self.pending_space && !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.text.push(' ');
                }
                self.pending_space = false;
                self.text.push(c);
            }
        }
    }

    fn break_line(&mut self) {
        self.pending_space = false;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    fn finish(mut self) -> String {
        while self.text.ends_with('\n') {
            self.text.pop();
        }
        self.text
    }
}

/// True when the text has nothing to analyse: empty, white space, or invisible format characters only.
pub fn is_blank(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{00ad}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_become_lines_and_entities_are_decoded() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
            <nav><a href=/>Home</a></nav><h1>Big&nbsp;news</h1>\
            <p>Tom &amp; Jerry   said\n hello.</p><p>Second<br>line</p>\
            <script>alert(1)</script></body></html>";
        assert_eq!(
            html_to_text(html),
            "Big\u{a0}news\nTom & Jerry said hello.\nSecond\nline"
        );
    }

    #[test]
    fn inline_markup_does_not_break_words() {
        assert_eq!(
            html_to_text("<p>He <b>really</b> <i>did</i>it.</p>"),
            "He really didit."
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(10_000) + "deep" + &"</div>".repeat(10_000);
        assert_eq!(html_to_text(&html), "deep");
    }

    #[test]
    fn output_is_nfc() {
        assert_eq!(html_to_text("<p>Cafe\u{301}</p>"), "Caf\u{e9}");
    }

    #[test]
    fn markup_only_is_blank() {
        assert!(is_blank(&html_to_text("<p> </p><script>x()</script>")));
        assert!(is_blank(" \n\t\u{200b}"));
        assert!(!is_blank(" a "));
    }
}
