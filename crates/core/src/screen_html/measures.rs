//! The questionnaires: their screen, a result just saved, one scale's
//! lines, and their credits on About.

use super::help::crisis_note;
use super::lang_attribute;
use crate::dates;
use crate::insights::result_suggests_support;
use crate::ipc::MeasuresView;
use crate::measure::{Measure, ScaleScore};
use crate::route::Route;
use crate::summary::{escape_html as esc, shown_value};
use crate::support::CrisisLine;
use crate::words::{t, tr};
use std::fmt::Write;

/// One scale's result: the number, what higher means, and the band in
/// plain words (in the questionnaire's language, marked); nothing for a
/// scale the measure does not have.
pub fn score_lines(measure: &Measure, score: &ScaleScore) -> String {
    let Some(scale) = measure.scales.iter().find(|s| s.id == score.scale) else {
        return String::new();
    };
    let value = tr(
        "measure-score",
        &[
            ("scale", scale.name.clone().into()),
            ("value", shown_value(score.value).into()),
        ],
    );
    let mut out = format!(
        "<div class=\"score\"><p class=\"score-value\">{}</p>",
        esc(&value)
    );
    let band = score
        .band
        .as_ref()
        .and_then(|id| scale.bands.iter().find(|b| &b.id == id));
    let lang = lang_attribute(&measure.lang);
    if let Some(band) = band {
        let _ = write!(out, "<p{lang}>{}</p>", esc(&band.words));
    }
    let _ = write!(
        out,
        "<p class=\"hint\"{lang}>{}</p></div>",
        esc(&scale.higher_means)
    );
    out
}

/// The questionnaires' screen below its heading and introduction: each
/// one, what it is for, and, when it is offered to her, her last result in
/// plain words (with the line for a crisis when it suggests support),
/// whether it is due, and the way to answer it.
pub fn measures(v: &MeasuresView) -> String {
    let mut out = String::new();
    for status in &v.measures {
        let m = &status.measure;
        let lang = lang_attribute(&m.lang);
        let id = esc(&format!("measure-{}", m.id));
        let _ = write!(
            out,
            "<section class=\"card\" aria-labelledby=\"{id}\"><h2 id=\"{id}\"{lang}>{}</h2><p{lang}>{}</p>",
            esc(&m.name),
            esc(&m.about)
        );
        if !status.offered {
            let _ = write!(
                out,
                "<p class=\"hint\">{}</p></section>",
                esc(&t("measures-for-professionals"))
            );
            continue;
        }
        if let Some(last) = status.results.last() {
            let when = tr(
                "measures-last",
                &[("date", dates::long_date(last.result.day).into())],
            );
            let _ = write!(out, "<p>{}</p>", esc(&when));
            for score in &last.scores {
                out.push_str(&score_lines(m, score));
            }
            if result_suggests_support(&m.id, &last.scores) {
                out.push_str(&crisis_note(v.crisis.as_ref()));
            }
        }
        let due = if status.due {
            t("measures-due")
        } else {
            tr("measures-every", &[("days", m.every_days.into())])
        };
        let answer = tr("measures-answer", &[("name", m.short_name.clone().into())]);
        let _ = write!(
            out,
            "<p>{}</p><a class=\"button\" href=\"{}\">{}</a></section>",
            esc(&due),
            esc(&Route::Measure { id: m.id.clone() }.href()),
            esc(&answer)
        );
    }
    out
}

/// A questionnaire's result just saved, below its heading: screening, the
/// scores in plain words, support and the line for a crisis when the
/// result suggests it, the licence, and where to go next.
pub fn measure_result(
    measure: &Measure,
    scores: &[ScaleScore],
    crisis: Option<&CrisisLine>,
) -> String {
    let mut out = format!("<p>{}</p>", esc(&t("measure-screening")));
    for score in scores {
        out.push_str(&score_lines(measure, score));
    }
    if result_suggests_support(&measure.id, scores) {
        let _ = write!(out, "<p>{}</p>", esc(&t("notice-support-suggest")));
        out.push_str(&crisis_note(crisis));
    }
    let _ = write!(
        out,
        "<p class=\"hint\"{}>{}</p><p><a class=\"button\" href=\"{}\">{}</a></p><p><a href=\"{}\">{}</a></p>",
        lang_attribute(&measure.lang),
        esc(&measure.licence),
        Route::Insights.href(),
        esc(&t("measure-see-insights")),
        Route::Help.href(),
        esc(&t("measure-help-link"))
    );
    out
}

/// About Tend below its heading: what it is and is not, and the credits
/// and licences of the questionnaires, the exercises and the typeface.
pub fn about(measures: &[Measure]) -> String {
    let mut out = String::new();
    for words in [t("about-what"), t("about-not"), t("about-private")] {
        let _ = write!(out, "<p>{}</p>", esc(&words));
    }
    let _ = write!(
        out,
        "<h2>{}</h2><p>{}</p>",
        esc(&t("about-measures")),
        esc(&t("about-measures-intro"))
    );
    for m in measures {
        let lang = lang_attribute(&m.lang);
        let _ = write!(
            out,
            "<section class=\"card\" aria-label=\"{0}\"{lang}><h3>{0}</h3><p>{1}</p><p>{2}</p>",
            esc(&m.name),
            esc(&m.citation),
            esc(&m.licence)
        );
        if let Some(link) = &m.link {
            // Shown, not linked: Tend never opens the web.
            let _ = write!(out, "<p class=\"path\">{}</p>", esc(link));
        }
        out.push_str("</section>");
    }
    for (title, text) in [
        (t("about-exercises"), t("about-exercises-text")),
        (t("about-font"), t("about-font-text")),
    ] {
        let _ = write!(out, "<h2>{}</h2><p>{}</p>", esc(&title), esc(&text));
    }
    out
}
