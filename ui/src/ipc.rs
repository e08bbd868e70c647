//! The one way the UI talks to the shell: `invoke::<C>(&request)` for any
//! command `C` of tend-core's contract.

use serde::Serialize;
use tend_core::ipc::{Command, REQUEST_ARG};
use tend_core::{ApiError, ErrorCode};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Tauri's IPC entry point, present in every Tauri 2 webview.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI_INTERNALS__"], js_name = invoke, catch)]
    async fn tauri_invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

pub(crate) async fn invoke<C: Command>(request: &C::Request) -> Result<C::Response, ApiError> {
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
    match tauri_invoke(C::NAME, args.into()).await {
        Ok(reply) => serde_wasm_bindgen::from_value(reply).map_err(|e| {
            ApiError::new(
                ErrorCode::Internal,
                format!("unexpected reply to {}: {e}", C::NAME),
            )
        }),
        Err(err) => Err(
            serde_wasm_bindgen::from_value::<ApiError>(err.clone()).unwrap_or_else(|_| {
                let text = err
                    .as_string()
                    .unwrap_or_else(|| "the shell did not answer".to_owned());
                ApiError::new(ErrorCode::Internal, text)
            }),
        ),
    }
}
