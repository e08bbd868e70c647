//! Settings: when the day ends, the theme and the text size. Each change
//! is saved at once and announced.

use super::backups::BackupList;
use super::help::CountrySetting;
use super::language::LanguageSetting;
use super::{FromShell, Part};
use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::Route;
use crate::shared::{ready, use_shared};
use tend_core::ipc::SavePreferences;
use tend_core::{DayBoundary, Preferences, Role, TextSize, Theme};
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Whole hours from midnight to noon: the boundaries a user can pick.
const HOURS: std::ops::RangeInclusive<u32> = 0..=12;

#[function_component]
pub(crate) fn SettingsPage() -> Html {
    let shared = use_shared();
    let error = use_state(|| None::<String>);
    let view = match ready(&shared) {
        Ok(view) => view,
        Err(waiting) => return html! { <><PageHeading text={t("settings-title")} />{ waiting }</> },
    };
    let current = view.preferences;
    // Saves `next` and announces `said` once the journal has it.
    let save = {
        let shared = shared.clone();
        let error = error.clone();
        Callback::from(move |(next, said): (Preferences, String)| {
            let shared = shared.clone();
            let error = error.clone();
            spawn_local(async move {
                match invoke::<SavePreferences>(&next).await {
                    Ok(view) => {
                        error.set(None);
                        shared.set_today.emit(view);
                        shared.announce.emit(said);
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };

    let on_boundary = save.reform(move |e: Event| {
        let chosen = e
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|s| s.value().parse::<DayBoundary>().ok())
            .unwrap_or(current.day_boundary);
        let said = tr(
            "settings-boundary-saved",
            &[("time", chosen.to_string().into())],
        );
        (
            Preferences {
                day_boundary: chosen,
                ..current
            },
            said,
        )
    });
    let on_professional = save.reform(move |_: Event| {
        let professional = !current.professional;
        let said = if professional {
            t("settings-professional-on")
        } else {
            t("settings-professional-off")
        };
        (
            Preferences {
                professional,
                ..current
            },
            said,
        )
    });
    let mut boundaries: Vec<DayBoundary> = HOURS.filter_map(|h| DayBoundary::new(h, 0)).collect();
    if !boundaries.contains(&current.day_boundary) {
        boundaries.push(current.day_boundary);
        boundaries.sort_by_key(|b| (b.hour(), b.minute()));
    }

    html! {
        <>
            <PageHeading text={t("settings-title")} />
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <LanguageSetting />
            <div class="field">
                <label for="day-boundary">{ t("settings-boundary") }</label>
                <select id="day-boundary" aria-describedby="day-boundary-help" onchange={on_boundary}>
                    { for boundaries.iter().map(|b| html! {
                        <option value={b.to_string()} selected={*b == current.day_boundary}>{ b.to_string() }</option>
                    }) }
                </select>
                <p class="hint" id="day-boundary-help">{ t("settings-boundary-help") }</p>
            </div>

            <fieldset>
                <legend>{ t("settings-theme") }</legend>
                <div class="choices">
                    { for Theme::ALL.iter().map(|theme| {
                        let theme = *theme;
                        let label = t(&format!("theme-{}", theme.id()));
                        let said = tr("settings-theme-saved", &[("theme", label.clone().into())]);
                        let onchange = save.reform(move |_: Event| (Preferences { theme, ..current }, said.clone()));
                        html! {
                            <label class="choice">
                                <input type="radio" name="theme" value={theme.id()}
                                    checked={current.theme == theme} {onchange} />
                                { label }
                            </label>
                        }
                    }) }
                </div>
            </fieldset>

            <fieldset>
                <legend>{ t("settings-text-size") }</legend>
                <div class="choices">
                    { for TextSize::choices().map(|size| {
                        let label = tr("settings-text-size-percent", &[("percent", size.percent().into())]);
                        let said = tr("settings-text-size-saved", &[("percent", size.percent().into())]);
                        let onchange = save.reform(move |_: Event| (Preferences { text_size: size, ..current }, said.clone()));
                        html! {
                            <label class="choice">
                                <input type="radio" name="text-size" value={size.percent().to_string()}
                                    checked={current.text_size == size} {onchange} />
                                { label }
                            </label>
                        }
                    }) }
                </div>
                <p class="hint">{ t("settings-text-size-help") }</p>
            </fieldset>

            <fieldset>
                <legend>{ t("settings-role") }</legend>
                { for Role::ALL.iter().map(|role| {
                    let role = *role;
                    let said = t("settings-role-saved");
                    let onchange = save.reform(move |_: Event| (current.with_role(role), said.clone()));
                    html! {
                        <label class="choice">
                            <input type="radio" name="role" value={role.id()}
                                checked={current.role == Some(role)} {onchange} />
                            { t(&format!("role-{}", role.id())) }
                        </label>
                    }
                }) }
                <p class="hint">{ t("settings-role-help") }</p>
            </fieldset>

            <div class="field">
                <label class="choice">
                    <input type="checkbox" id="professional" aria-describedby="professional-help"
                        checked={current.professional} onchange={on_professional} />
                    { t("settings-professional") }
                </label>
                <p class="hint" id="professional-help">{ t("settings-professional-help") }</p>
            </div>

            <p><a href={Route::Reminders.href()}>{ t("settings-reminders-link") }</a></p>
            <p><a href={Route::Privacy.href()}>{ t("settings-privacy-link") }</a></p>

            <CountrySetting />

            <section aria-labelledby="settings-backups">
                <h2 id="settings-backups">{ t("settings-backups") }</h2>
                <p>{ t("settings-backups-intro") }</p>
                <BackupList />
            </section>

            <section aria-labelledby="settings-exports">
                <h2 id="settings-exports">{ t("settings-exports") }</h2>
                <p>{ t("settings-exports-intro") }</p>
                <FromShell part={Part::ExportLog} />
                <p><a href={Route::Export.href()}>{ t("settings-export-link") }</a></p>
            </section>

            <p><a href={Route::About.href()}>{ t("settings-about") }</a></p>
        </>
    }
}
