//! Insights, the questionnaires, Today's notices and Get help (written as
//! the shell's forms, read back by `tend_core::forms::read_country` and
//! `read_contacts`).

use super::{Reply, Request, state};
use crate::clock::local_now;
use crate::content::content;
use crate::today::{self, crisis_line, help_country, journal_today};
use tauri::AppHandle;
use tend_core::ApiError;
use tend_core::content::Content;
use tend_core::forms::{ContactsChange, Form, help_field, read_contacts, read_country};
use tend_core::ipc::{
    AboutTend, CountryForm, DismissNotice, FormFields, FormReply, HelpScreen, HelpView, Insights,
    InsightsScreen, InsightsView, MeasuresList, MeasuresView, WelcomeForm,
};
use tend_core::support::Contact;
use tend_core::words::{t, tr};
use tend_journal::Journal;

fn measures_view(journal: &Journal, content: &Content) -> Result<MeasuresView, ApiError> {
    Ok(MeasuresView {
        measures: tend_core::measure::statuses(
            &content.measures,
            &journal.measure_results()?,
            journal.preferences()?.professional,
            journal_today(journal)?,
        ),
        crisis: crisis_line(journal, content)?,
    })
}

pub(crate) fn dismiss_notice(
    app: &AppHandle,
    request: Request<DismissNotice>,
) -> Reply<DismissNotice> {
    let content = content()?;
    let known = request == "support"
        || request
            .strip_prefix("measure.")
            .is_some_and(|id| content.measures.get(id).is_some());
    if !known {
        return Err(ApiError::not_offered("no such notice"));
    }
    state(app).with_journal(|journal| {
        journal.dismiss(&request, journal_today(journal)?)?;
        today::view(journal, content, local_now())
    })
}

pub(crate) fn measures(app: &AppHandle, request: Request<MeasuresList>) -> Reply<MeasuresList> {
    let () = request;
    let content = content()?;
    state(app).with_journal(|journal| {
        let view = measures_view(journal, content)?;
        let role = journal.preferences()?.role;
        Ok(tend_core::words::with_role(role, || {
            tend_core::screen_html::measures(&view)
        }))
    })
}

pub(crate) fn about(_app: &AppHandle, request: Request<AboutTend>) -> Reply<AboutTend> {
    let () = request;
    Ok(tend_core::screen_html::about(&content()?.measures.measures))
}

pub(crate) fn insights(app: &AppHandle, request: Request<Insights>) -> Reply<Insights> {
    let span = request;
    let content = content()?;
    state(app).with_journal(|journal| {
        let day = journal_today(journal)?;
        let all = journal.checkins()?;
        let view = InsightsView::of(&all, day, span, measures_view(journal, content)?);
        // Her role picks the framing words ("A hard moment caring" for a
        // family carer); this thread serves other commands too.
        let role = journal.preferences()?.role;
        Ok(InsightsScreen {
            span,
            html: tend_core::words::with_role(role, || tend_core::screen_html::insights(&view)),
        })
    })
}

fn help_view(journal: &Journal, content: &Content) -> Result<HelpView, ApiError> {
    let country = help_country(journal, content)?;
    let contacts = journal.contacts()?;
    let role = journal.preferences()?.role;
    Ok(tend_core::words::with_role(role, || {
        tend_core::screen_html::help(country.as_deref(), &content.helplines, contacts)
    }))
}

/// The first-run welcome, her system's country (when listed) chosen.
pub(crate) fn welcome_form(app: &AppHandle, request: Request<WelcomeForm>) -> Reply<WelcomeForm> {
    let () = request;
    let content = content()?;
    state(app).with_journal(|journal| {
        let view = help_view(journal, content)?;
        in_role(journal, || {
            tend_core::screen_html::welcome(&view.countries, view.country.as_deref())
        })
    })
}

pub(crate) fn help_screen(app: &AppHandle, request: Request<HelpScreen>) -> Reply<HelpScreen> {
    let () = request;
    let content = content()?;
    state(app).with_journal(|journal| {
        let view = help_view(journal, content)?;
        in_role(journal, || tend_core::screen_html::help_screen(&view, None))
    })
}

pub(crate) fn country_form(app: &AppHandle, request: Request<CountryForm>) -> Reply<CountryForm> {
    let () = request;
    let content = content()?;
    state(app).with_journal(|journal| {
        let view = help_view(journal, content)?;
        Ok(tend_core::screen_html::country_form(
            &view,
            help_field::SETTINGS,
        ))
    })
}

/// `write` in the words her role chooses.
fn in_role<T>(journal: &Journal, write: impl FnOnce() -> T) -> Result<T, ApiError> {
    let role = journal.preferences()?.role;
    Ok(tend_core::words::with_role(role, write))
}

/// The country's form or her contacts', read, saved and written again.
pub(crate) fn submit(
    app: &AppHandle,
    form: Form,
    request: &FormFields,
) -> Result<FormReply, ApiError> {
    let content = content()?;
    let reply = |html: String, target: Option<&str>, said: String| FormReply {
        html,
        target: target.map(str::to_owned),
        said,
        today: None,
        language: None,
    };
    state(app).with_journal(|journal| match form {
        Form::Country => {
            let codes: Vec<String> = content
                .helplines
                .countries
                .iter()
                .map(|c| c.code.clone())
                .collect();
            let (code, on_settings) = read_country(&request.fields, request.sent, &codes)?;
            journal.set_country(&code)?;
            let view = help_view(journal, content)?;
            let said = t("help-country-saved");
            if on_settings {
                let html = tend_core::screen_html::country_form(&view, help_field::SETTINGS);
                Ok(reply(html, Some("form-country-settings"), said))
            } else {
                let html = in_role(journal, || tend_core::screen_html::help_screen(&view, None))?;
                Ok(reply(html, None, said))
            }
        }
        _ => {
            let ids: Vec<i64> = journal.contacts()?.iter().filter_map(|c| c.id).collect();
            let change = read_contacts(&request.fields, request.sent, &ids)?;
            let contacts = journal.contacts()?;
            let (editing, said) = match &change {
                ContactsChange::Add => (Some(Contact::default()), String::new()),
                ContactsChange::Change(id) => (
                    contacts.iter().find(|c| c.id == Some(*id)).cloned(),
                    String::new(),
                ),
                ContactsChange::Cancel => (None, String::new()),
                ContactsChange::Remove(id) => {
                    let name = contacts
                        .iter()
                        .find(|c| c.id == Some(*id))
                        .map(|c| c.name.clone())
                        .unwrap_or_default();
                    journal.delete_contact(*id)?;
                    (None, tr("help-contact-removed", &[("name", name.into())]))
                }
                ContactsChange::Save(contact) => {
                    journal.save_contact(contact.clone())?;
                    (
                        None,
                        tr(
                            "help-contact-saved",
                            &[("name", contact.name.clone().into())],
                        ),
                    )
                }
            };
            let contacts = journal.contacts()?;
            let html = tend_core::screen_html::contacts_form(&contacts, editing.as_ref());
            Ok(reply(html, Some("form-contacts"), said))
        }
    })
}
