//! The one way the UI talks to the shell: `invoke::<C>(&request)` for any
//! command `C` of tend-core's contract, or `start::<C>(&request)` to send
//! it now and read the reply later, so that two requests are in flight at
//! once.

use serde::Serialize;
use std::marker::PhantomData;
use tend_core::ipc::{Command, REQUEST_ARG};
use tend_core::{ApiError, ErrorCode};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Tauri's IPC entry point, present in every Tauri 2 webview.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI_INTERNALS__"], js_name = invoke, catch)]
    fn tauri_invoke(cmd: &str, args: JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// A request on its way to the shell. Its reply is listened for from the
/// moment it is sent, so a refusal that comes before it is read is not
/// an unhandled rejection.
pub(crate) struct Pending<C: Command> {
    sent: Result<wasm_bindgen_futures::JsFuture, ApiError>,
    command: PhantomData<C>,
}

/// Sends `request` at once; its reply is read with `Pending::reply`.
pub(crate) fn start<C: Command>(request: &C::Request) -> Pending<C> {
    Pending {
        sent: send::<C>(request).map(wasm_bindgen_futures::JsFuture::from),
        command: PhantomData,
    }
}

pub(crate) async fn invoke<C: Command>(request: &C::Request) -> Result<C::Response, ApiError> {
    start::<C>(request).reply().await
}

fn send<C: Command>(request: &C::Request) -> Result<js_sys::Promise, ApiError> {
    let to_js = serde_wasm_bindgen::Serializer::json_compatible();
    let args = js_sys::Object::new();
    let value = request.serialize(&to_js).map_err(|e| {
        ApiError::new(
            ErrorCode::Internal,
            format!("cannot encode {}: {e}", C::NAME),
        )
    })?;
    js_sys::Reflect::set(&args, &JsValue::from_str(REQUEST_ARG), &value)
        .map_err(|_| ApiError::new(ErrorCode::Internal, "cannot build the request"))?;
    tauri_invoke(C::NAME, args.into()).map_err(refusal)
}

impl<C: Command> Pending<C> {
    /// The shell's reply, once it comes.
    pub(crate) async fn reply(self) -> Result<C::Response, ApiError> {
        let answer = self.sent?.await;
        match answer {
            Ok(reply) => serde_wasm_bindgen::from_value(reply).map_err(|e| {
                ApiError::new(
                    ErrorCode::Internal,
                    format!("unexpected reply to {}: {e}", C::NAME),
                )
            }),
            Err(err) => Err(refusal(err)),
        }
    }
}

/// The shell's refusal as an error; its own `ApiError` when it sent one.
fn refusal(err: JsValue) -> ApiError {
    serde_wasm_bindgen::from_value::<ApiError>(err.clone()).unwrap_or_else(|_| {
        let text = err
            .as_string()
            .unwrap_or_else(|| "the shell did not answer".to_owned());
        ApiError::new(ErrorCode::Internal, text)
    })
}
