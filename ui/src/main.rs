//! Tend's front end: yew function components in wasm32, talking to the
//! shell through one typed `invoke`.

mod app;
mod chime;
mod i18n;
mod ipc;
mod pages;
mod route;
mod shared;
mod speech;

fn main() {
    app::ask_early();
    yew::Renderer::<app::App>::new().render();
}
