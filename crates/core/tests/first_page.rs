//! `index.html` with her window written in (`screen_html::index_with_window`),
//! on the page Tend ships: only the root's attributes and the frame change,
//! every value is escaped, and a page that is not Tend's is left alone.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_core::screen_html::index_with_window;
use tend_core::{Preferences, TextSize, Theme};

const SHIPPED: &str = include_str!("../../../ui/static/index.html");

fn prefs(theme: Theme, percent: u16) -> Preferences {
    Preferences {
        theme,
        text_size: TextSize::new(percent).unwrap(),
        ..Preferences::default()
    }
}

#[test]
fn only_the_root_and_the_frame_change_on_the_page_tend_ships() {
    let frame = "<main id=\"main\"><h1>Dnes</h1></main>";
    let page = index_with_window(SHIPPED, "cs", prefs(Theme::HighContrast, 175), frame).unwrap();
    assert!(
        page.contains("<html lang=\"cs\" data-theme=\"high_contrast\" data-text-size=\"175\">")
    );
    assert!(page.contains(&format!(
        "<div class=\"shell boot\" id=\"boot\">{frame}</div>"
    )));
    // Her window is read out: nothing of it is hidden.
    assert!(!page.contains("aria-hidden"), "{page}");
    // Everything else is as built: the head, the busy body, the UI's root.
    let head = &SHIPPED[SHIPPED.find("<head>").unwrap()..SHIPPED.find("<body").unwrap()];
    assert!(page.contains(head));
    assert!(page.contains("<body aria-busy=\"true\">"));
    assert!(page.contains("<div id=\"app\"></div>"));
    assert_eq!(page.matches("id=\"boot\"").count(), 1);
    // As the system decides: no theme of its own.
    let plain = index_with_window(SHIPPED, "en-GB", prefs(Theme::System, 100), "").unwrap();
    assert!(plain.contains("<html lang=\"en-GB\" data-text-size=\"100\">"));
}

#[test]
fn a_language_tag_cannot_write_markup() {
    let page = index_with_window(
        SHIPPED,
        "\"><script>x</script>",
        prefs(Theme::Dark, 100),
        "",
    )
    .unwrap();
    assert!(!page.contains("<script>x"), "{page}");
}

#[test]
fn a_page_that_is_not_tends_is_left_alone() {
    for template in [
        "",
        "<html><body><div id=\"app\"></div></body></html>",
        "<html><body><div id=\"boot\"></div></body></html>",
        // The UI's root before the frame: not the shipped order.
        "<html><body><div id=\"app\"></div><div class=\"shell\" id=\"boot\"></div></body></html>",
        "<div class=\"shell\" id=\"boot\"></div><div id=\"app\">",
    ] {
        assert_eq!(
            index_with_window(template, "en-GB", prefs(Theme::Dark, 100), "<main></main>"),
            None,
            "{template:?}"
        );
    }
}
