//! Every IPC command's handler, one module per area. A handler is a plain
//! function `(app, request) -> Result<response, ApiError>`; the list in
//! tend-core (`with_commands!`) makes the Tauri command for each one, runs
//! it on a blocking thread (dialogs, Argon2 and VACUUM must not hold the
//! async runtime), and registers them all. A command in the list without
//! a handler here, or a handler of the wrong type, does not build.
//!
//! Handlers read the clock through `clock`, Today's view through `today`,
//! the content through `content`; none of those use a handler.

mod backups;
mod desktop;
mod export;
mod export_screen;
mod forms;
mod journal;
mod language;
mod measures;
mod path;
mod privacy;
mod reminders;
mod wellbeing;

use self::backups::*;
use self::export::*;
use self::export_screen::*;
use self::forms::*;
pub(crate) use self::journal::save_checkin_in;
use self::journal::*;
use self::language::*;
use self::measures::*;
use self::path::*;
use self::privacy::*;
use self::reminders::*;
use self::wellbeing::*;
use crate::state::AppState;
use tauri::{AppHandle, Manager};
use tend_core::ipc::Command;
use tend_core::{ApiError, ErrorCode};

/// What a command takes.
type Request<C> = <C as Command>::Request;
/// What a command answers.
type Reply<C> = Result<<C as Command>::Response, ApiError>;

/// The shell's state, which `run` always manages.
fn state(app: &AppHandle) -> tauri::State<'_, AppState> {
    app.state::<AppState>()
}

/// Runs `handler` on a thread meant for blocking work.
async fn on_blocking_thread<Q, R>(
    app: AppHandle,
    request: Q,
    handler: fn(&AppHandle, Q) -> Result<R, ApiError>,
) -> Result<R, ApiError>
where
    Q: Send + 'static,
    R: Send + 'static,
{
    tauri::async_runtime::spawn_blocking(move || handler(&app, request))
        .await
        .unwrap_or_else(|e| {
            Err(ApiError::new(
                ErrorCode::Internal,
                format!("the command stopped: {e}"),
            ))
        })
}

/// Makes the Tauri command for each listed command, and the handler that
/// registers them all.
macro_rules! register {
    ($( $(#[$doc:meta])* $command:ident $name:ident : $request:ty => $response:ty ; )*) => {
        /// The commands as Tauri sees them.
        mod tauri_commands {
            use tend_core::ApiError;
            use tend_core::ipc::Command;
            $(
                #[tauri::command]
                pub(crate) async fn $name(
                    app: tauri::AppHandle,
                    request: <tend_core::ipc::$command as Command>::Request,
                ) -> Result<<tend_core::ipc::$command as Command>::Response, ApiError> {
                    super::on_blocking_thread(app, request, super::$name).await
                }
            )*
        }

        /// Every command's handler, for `Builder::invoke_handler`.
        pub(crate) fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(tauri_commands::$name),*]
        }
    };
}

tend_core::with_commands!(register);
