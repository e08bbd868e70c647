//! The automatic backups: a list with a way to put one back. Used by
//! Settings and by the screen for a journal that could not be opened.

use super::error_text;
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::shared::use_shared;
use tend_core::backup::{Backup, Kind};
use tend_core::ipc::{Backups, RestoreBackup};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// How a backup is named on screen.
fn label(backup: &Backup) -> String {
    match &backup.kind {
        Kind::Daily { day } => tr(
            "backup-daily",
            &[("date", tend_core::dates::long_date(*day).into())],
        ),
        Kind::BeforeUpgrade { .. } => t("backup-before-upgrade"),
        Kind::SetAside { .. } => t("backup-set-aside"),
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct BackupListProps {
    /// Offer only the daily snapshots (the damage screen), or all.
    #[prop_or_default]
    pub(crate) daily_only: bool,
}

#[function_component]
pub(crate) fn BackupList(props: &BackupListProps) -> Html {
    let shared = use_shared();
    let list = use_state(|| None::<Result<Vec<Backup>, String>>);
    let asking = use_state(|| None::<Backup>);
    let error = use_state(|| None::<String>);
    {
        let list = list.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                list.set(Some(
                    invoke::<Backups>(&()).await.map_err(|e| error_text(&e)),
                ));
            });
        });
    }
    let backups: Vec<Backup> = match &*list {
        None => return html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => return html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(all)) => all
            .iter()
            .filter(|b| !props.daily_only || matches!(b.kind, Kind::Daily { .. }))
            .cloned()
            .collect(),
    };
    if backups.is_empty() {
        return html! { <p>{ t("backup-none") }</p> };
    }
    let confirm = (*asking).clone().map(|b| {
        let yes = {
            let name = b.name.clone();
            let error = error.clone();
            let shared = shared.clone();
            let asking = asking.clone();
            Callback::from(move |_: MouseEvent| {
                let name = name.clone();
                let error = error.clone();
                let shared = shared.clone();
                let asking = asking.clone();
                spawn_local(async move {
                    match invoke::<RestoreBackup>(&name).await {
                        Ok(view) => {
                            asking.set(None);
                            shared.announce.emit(t("backup-restored"));
                            shared.set_today.emit(view);
                        }
                        Err(e) => error.set(Some(error_text(&e))),
                    }
                });
            })
        };
        let no = {
            let asking = asking.clone();
            Callback::from(move |_: MouseEvent| asking.set(None))
        };
        html! {
            <div class="card" role="group" aria-label={t("backup-confirm-label")}>
                <p>{ tr("backup-confirm", &[("backup", label(&b).into())]) }</p>
                <div class="actions">
                    <button type="button" class="button" onclick={yes}>{ t("backup-yes") }</button>
                    <button type="button" class="button quiet" onclick={no}>{ t("backup-no") }</button>
                </div>
            </div>
        }
    });
    html! {
        <>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <ul class="lines">
                { for backups.iter().map(|b| {
                    let ask = {
                        let asking = asking.clone();
                        let b = b.clone();
                        Callback::from(move |_: MouseEvent| asking.set(Some(b.clone())))
                    };
                    let name = label(b);
                    html! {
                        <li class="line">
                            <span class="line-name">{ &name }</span>
                            <span class="hint">{ tr("backup-size", &[("kb", (b.bytes.div_ceil(1024)).into())]) }</span>
                            <span class="actions">
                                <button type="button" class="button quiet" onclick={ask}
                                    aria-label={tr("backup-restore-named", &[("backup", name.clone().into())])}>
                                    { t("backup-restore") }
                                </button>
                            </span>
                        </li>
                    }
                }) }
            </ul>
            { confirm.unwrap_or_default() }
        </>
    }
}
