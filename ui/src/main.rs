//! Tend's front end: yew function components in wasm32, talking to the
//! shell through one typed `invoke`.

mod app;
mod boot;
mod chime;
mod i18n;
mod ipc;
mod pages;
mod route;
mod shared;
mod speech;

fn main() {
    app::ask_early();
    // In index.html's `#app`, beside the frame the page paints first (yew
    // empties the element it starts in; the body would lose the frame).
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
