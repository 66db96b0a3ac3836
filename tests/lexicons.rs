//! Every lexicon under `data/` states its source and licence, parses, and has no duplicate entry.

use std::collections::HashSet;
use std::path::Path;

fn data_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("data/ exists") {
        let path = entry.unwrap().path();
        if path.is_dir() {
            data_files(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("tsv" | "txt")
        ) {
            out.push(path);
        }
    }
}

fn all_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    data_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
        &mut files,
    );
    assert!(!files.is_empty());
    files
}

#[test]
fn every_lexicon_names_its_source_and_licence() {
    for path in all_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        let header = header.join("\n").to_lowercase();
        assert!(
            header.contains("source"),
            "{} has no source line in its header",
            path.display()
        );
        assert!(
            header.contains("licen"),
            "{} has no licence line in its header",
            path.display()
        );
    }
}

#[test]
fn lexicon_entries_are_unique_and_trimmed() {
    for path in all_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut seen = HashSet::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let first = line.split('\t').next().unwrap();
            assert_eq!(
                first,
                first.trim(),
                "{}:{} has stray spaces",
                path.display(),
                n + 1
            );
            assert!(
                seen.insert(line.to_string()),
                "{}:{} repeats an entry",
                path.display(),
                n + 1
            );
        }
    }
}
