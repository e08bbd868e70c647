//! Where each screen lives: the routes behind the navigation.
//!
//! The route (`tend_core::route::Route`) is kept in the page's hash (`#/journal/entry/3`), so a plain
//! link moves between screens and the webview's own history (Alt+Left, a
//! mouse's back button) goes back. `Router` reads the hash when it starts
//! and whenever it changes, and hands the route to the screens below it.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

pub(crate) use tend_core::route::Route;

/// Reading and changing the screen the page's hash names.
pub(crate) trait InPage {
    /// The screen the page's hash names now.
    fn current() -> Self;
    /// Opens this screen: the hash changes, the history gains a step and
    /// `Router` shows it.
    fn go(&self);
}

impl InPage for Route {
    fn current() -> Route {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        Route::from_path(hash.strip_prefix('#').unwrap_or(&hash))
    }

    fn go(&self) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&self.to_path());
        }
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct RouterProps {
    pub(crate) children: Html,
}

/// Follows the page's hash and gives the screens below it the route.
#[function_component]
pub(crate) fn Router(props: &RouterProps) -> Html {
    let route = use_state(Route::current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let follow = {
                let route = route.clone();
                Closure::<dyn Fn()>::new(move || route.set(Route::current()))
            };
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    follow.as_ref().unchecked_ref(),
                );
            }
            // A hash set between the first render and the listener (the
            // tray or a notification opening a screen while the tree is
            // remade) is read now.
            route.set(Route::current());
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        follow.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    html! {
        <ContextProvider<Route> context={(*route).clone()}>
            { props.children.clone() }
        </ContextProvider<Route>>
    }
}

/// The screen shown now.
#[hook]
pub(crate) fn use_route() -> Route {
    use_context::<Route>().unwrap_or(Route::Today)
}
