//! Get help's helplines for the country shown (never another country's),
//! its urgent line, and the line said when she may be unsafe.

use super::lang_attribute;
use crate::dates;
use crate::ipc::{CountryName, HelpView};
use crate::route::Route;
use crate::summary::escape_html as esc;
use crate::support::{Contact, Country, CrisisLine, Helpline, Helplines, How};
use crate::words::{t, tr};
use std::fmt::Write;

/// One plain line beside a suggestion of support or a worrying result:
/// what to do now if she feels unsafe, with Get help one step away. `line`
/// is her country's line open at any hour; none when hers is not listed.
pub fn crisis_note(line: Option<&CrisisLine>) -> String {
    let said = match line {
        Some(line) => {
            let id = if line.how == How::Text {
                "crisis-text"
            } else {
                "crisis-call"
            };
            tr(
                id,
                &[
                    ("name", line.name.clone().into()),
                    ("number", line.number.clone().into()),
                    ("emergency", line.emergency.clone().into()),
                ],
            )
        }
        None => t("crisis-local"),
    };
    format!(
        "<p class=\"crisis\">{} <a href=\"{}\">{}</a></p>",
        esc(&said),
        Route::Help.href(),
        esc(&t("crisis-help"))
    )
}

/// Get help for the country shown (none: hers is not listed), with the
/// countries to choose from and her own contacts.
pub fn help(country: Option<&str>, helplines: &Helplines, contacts: Vec<Contact>) -> HelpView {
    let shown = country.and_then(|code| helplines.country(code));
    HelpView {
        country: shown.map(|c| c.code.clone()),
        countries: helplines
            .countries
            .iter()
            .map(|c| CountryName {
                code: c.code.clone(),
                name: c.name.clone(),
            })
            .collect(),
        urgent: match shown {
            Some(c) => tr(
                "help-urgent-number",
                &[("number", c.emergency.numbers.clone().into())],
            ),
            None => t("help-urgent"),
        },
        lines: help_lines(shown),
        contacts,
    }
}

/// A country's helplines, the whole country's first and then each area's
/// own; or, for a country we do not list, that it is not listed (never
/// another country's numbers).
pub fn help_lines(country: Option<&Country>) -> String {
    let Some(country) = country else {
        return format!(
            "<section class=\"card\" id=\"help-unlisted\" aria-labelledby=\"help-unlisted-title\"><h2 id=\"help-unlisted-title\">{}</h2><p>{}</p></section>",
            esc(&t("help-unlisted-title")),
            esc(&t("help-unlisted"))
        );
    };
    let title = tr(
        "help-lines-title",
        &[("country", country.name.clone().into())],
    );
    let mut out = format!(
        "<section aria-labelledby=\"help-lines\"><h2 id=\"help-lines\">{}</h2>",
        esc(&title)
    );
    for (area, lines) in country.lines_by_area() {
        if let Some(area) = area {
            let title = tr("help-area-title", &[("area", area.name.clone().into())]);
            let _ = write!(out, "<h3>{}</h3>", esc(&title));
        }
        out.push_str("<ul class=\"lines\">");
        for line in lines {
            helpline(&mut out, line);
        }
        out.push_str("</ul>");
    }
    let _ = write!(
        out,
        "<p class=\"hint\">{}</p></section>",
        esc(&t("help-checked"))
    );
    out
}

fn helpline(out: &mut String, line: &Helpline) {
    let how = match line.how {
        How::Call => t("help-how-call"),
        How::Text => t("help-how-text"),
        How::CallOrText => t("help-how-call-or-text"),
    };
    let number = match &line.text_keyword {
        Some(word) => tr(
            "help-text-word",
            &[
                ("word", word.clone().into()),
                ("number", line.number.clone().into()),
            ],
        ),
        None => format!("{how} {}", line.number),
    };
    let checked = match line.checked_on {
        Some(day) => tr(
            "help-line-checked",
            &[("date", dates::long_date(day).into())],
        ),
        None => t("help-line-unchecked"),
    };
    let source = tr("help-line-source", &[("page", line.source.clone().into())]);
    // Who a line is for and its hours are as their sources were read, in
    // their language; a screen reader on a page in another language is
    // told so.
    let words = line.words_lang();
    let lang = if words == crate::words::language() {
        String::new()
    } else {
        lang_attribute(words)
    };
    let _ = write!(
        out,
        "<li class=\"line\"><span class=\"line-name\" translate=\"no\">{}</span><span class=\"number\">{}</span><span{lang}>{}</span><span class=\"hint\"{lang}>{}</span><span class=\"hint source\">{} · {}</span></li>",
        esc(&line.name),
        esc(&number),
        esc(&line.for_whom),
        esc(&line.when),
        esc(&source),
        esc(&checked)
    );
}
