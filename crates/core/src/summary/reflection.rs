//! A reflective draft: her chosen entries under prompts for supervision
//! or revalidation.

use super::*;

use super::sections::entry_title;

/// The NMC's four questions, in the form's order (CONTENT.md section 5).
const REFLECTION_PROMPTS: [&str; 4] = [
    "export-nmc-what",
    "export-nmc-learned",
    "export-nmc-changed",
    "export-nmc-code",
];

/// The Code's four themes.
const CODE_THEMES: [&str; 4] = [
    "export-code-people",
    "export-code-effectively",
    "export-code-safety",
    "export-code-trust",
];

pub(super) fn reflection(sources: &Sources<'_>, chosen: &[&Entry]) -> Document {
    let title = t("export-reflection-title");
    let mut blocks = vec![
        Block::Heading {
            level: 1,
            text: title.clone(),
        },
        Block::Paragraph(tr(
            "export-reflection-made",
            &[
                ("made", long_date(sources.made_on).into()),
                ("count", chosen.len().into()),
            ],
        )),
        Block::Warning(t("export-reflection-warning")),
        Block::Small(t("export-reflection-cpd")),
    ];
    if chosen.is_empty() {
        blocks.push(Block::Paragraph(t("export-reflection-none")));
    }
    for (n, entry) in chosen.iter().enumerate() {
        blocks.push(Block::Heading {
            level: 2,
            text: tr(
                "export-reflection-account",
                &[
                    ("number", (n + 1).into()),
                    ("title", entry_title(entry).into()),
                ],
            ),
        });
        blocks.push(Block::Small(long_date(entry.created_at.date())));
        for (i, prompt) in REFLECTION_PROMPTS.iter().enumerate() {
            blocks.push(Block::Heading {
                level: 3,
                text: t(prompt),
            });
            match i {
                0 => blocks.push(Block::Text(entry.body.clone())),
                3 => {
                    blocks.push(Block::List(CODE_THEMES.iter().map(|k| t(k)).collect()));
                    blocks.push(Block::Paragraph(t("export-nmc-code-hint")));
                }
                _ => blocks.push(Block::Paragraph(t("export-nmc-fill"))),
            }
        }
    }
    Document {
        lang: crate::words::language(),
        title,
        blocks,
    }
}
