//! The automatic backups as a form (`crate::forms::read_backups`): each
//! with its day or what it is, its size and a Restore button that asks
//! first; on Settings all of them, on the screen for a journal that could
//! not be opened the daily ones only.

use crate::backup::{Backup, Kind};
use crate::dates::long_date;
use crate::forms::Form;
use crate::forms::settings_field as field;
use crate::summary::escape_html as esc;
use crate::words::{t, tr};
use std::fmt::Write;

/// How a backup is named on screen.
fn label(backup: &Backup) -> String {
    match &backup.kind {
        Kind::Daily { day } => tr("backup-daily", &[("date", long_date(*day).into())]),
        Kind::BeforeUpgrade { .. } => t("backup-before-upgrade"),
        Kind::SetAside { .. } => t("backup-set-aside"),
    }
}

/// The list (or why it could not be read), the question when she has
/// asked to put one back (`asking`, its file name), and what the last
/// restore came to.
pub fn backups(
    list: Result<&[Backup], &str>,
    daily_only: bool,
    asking: Option<&str>,
    said: Option<&str>,
) -> String {
    let listed = if daily_only { field::DAILY } else { field::ALL };
    let mut out = format!(
        "<form id=\"form-backups\" data-form=\"{}\"><input type=\"hidden\" name=\"{}\" value=\"{listed}\">",
        Form::Backups.id(),
        field::LISTED
    );
    let shown: Vec<&Backup> = match list {
        Err(why) => {
            let _ = write!(
                out,
                "<p class=\"error\" role=\"alert\">{}</p></form>",
                esc(why)
            );
            return out;
        }
        Ok(all) => all
            .iter()
            .filter(|b| !daily_only || matches!(b.kind, Kind::Daily { .. }))
            .collect(),
    };
    if shown.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&t("backup-none")));
    } else {
        out.push_str("<ul class=\"lines\">");
        for (at, b) in shown.iter().enumerate() {
            let name = label(b);
            let _ = write!(
                out,
                "<li class=\"line\"><span class=\"line-name\">{}</span><span class=\"hint\">{}</span>\
                 <span class=\"actions\"><button type=\"submit\" class=\"button quiet\" id=\"backup-{at}\" \
                 name=\"{}\" value=\"{}\" aria-label=\"{}\">{}</button></span></li>",
                esc(&name),
                esc(&tr("backup-size", &[("kb", b.bytes.div_ceil(1024).into())])),
                field::ASK,
                esc(&b.name),
                esc(&tr(
                    "backup-restore-named",
                    &[("backup", name.clone().into())]
                )),
                esc(&t("backup-restore"))
            );
        }
        out.push_str("</ul>");
    }
    if let Some(b) = asking.and_then(|name| shown.iter().find(|b| b.name == name)) {
        let _ = write!(
            out,
            "<div class=\"card\" role=\"group\" aria-label=\"{}\"><p>{}</p><div class=\"actions\">\
             <button type=\"submit\" class=\"button\" id=\"backup-yes\" name=\"{}\" value=\"{}\">{}</button>\
             <button type=\"submit\" class=\"button quiet\" id=\"backup-no\" name=\"{}\" value=\"\">{}</button></div></div>",
            esc(&t("backup-confirm-label")),
            esc(&tr("backup-confirm", &[("backup", label(b).into())])),
            field::RESTORE,
            esc(&b.name),
            esc(&t("backup-yes")),
            field::CANCEL,
            esc(&t("backup-no"))
        );
    }
    out.push_str("<div role=\"status\">");
    if let Some(said) = said {
        let _ = write!(out, "<p>{}</p>", esc(said));
    }
    out.push_str("</div></form>");
    out
}
