//! Splits the sample article in English, Azerbaijani and Russian and prints the
//! sentences side by side: the three versions are written sentence for sentence, so
//! the segmenter must cut each of them into the same number of segments per paragraph.
//!
//! Run: `cargo run --example split [ARTICLE]` (default `exchange-rates`).

use std::path::PathBuf;

use korpu::locale::Locale;
use korpu::segment::{DocFormat, Segmenter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "exchange-rates".into());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut versions = Vec::new();
    for tag in ["en", "az", "ru"] {
        let text = std::fs::read_to_string(dir.join(format!("{name}.{tag}.txt")))?;
        let locale: Locale = tag.parse()?;
        let spans = Segmenter::embedded().split(&text, &locale, DocFormat::Text);
        let sentences: Vec<(usize, String)> = spans
            .iter()
            .map(|s| (s.paragraph, text[s.start..s.end].to_string()))
            .collect();
        versions.push((tag, sentences));
    }
    let (_, en) = &versions[0];
    for (tag, other) in &versions[1..] {
        let shape = |v: &[(usize, String)]| v.iter().map(|(p, _)| *p).collect::<Vec<_>>();
        if shape(en) != shape(other) {
            return Err(
                format!("{name}: the {tag} version does not split like the English one").into(),
            );
        }
    }
    for (i, (para, sentence)) in en.iter().enumerate() {
        println!("¶{para} #{}", i + 1);
        println!("  en  {sentence}");
        for (tag, other) in &versions[1..] {
            println!("  {tag}  {}", other[i].1);
        }
    }
    println!("\n{name}: {} segments in each of en, az, ru", en.len());
    Ok(())
}
