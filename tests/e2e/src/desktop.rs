//! The desktop around the app, as the tests need it: programs started for
//! a test, names on the test's session bus, a stand-in for a panel that
//! shows tray icons, the tray's menu read and clicked over D-Bus the way a
//! panel does, and the window asked to close the way a window manager asks.

use std::ffi::{CStr, c_char};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// A program started for the test and stopped when it ends.
#[derive(Debug)]
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn session_bus_address() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no session bus: run the suite through `cargo xtask test`"
    );
}

/// Runs `gdbus` on the test's session bus; its output, or None if it failed.
fn gdbus(args: &[&str]) -> Option<String> {
    session_bus_address();
    let out = Command::new("gdbus")
        .args(args)
        .output()
        .expect("gdbus is installed by `cargo xtask test`");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Calls `method` on the object at `path` of `dest`, with `args`.
fn gdbus_call(dest: &str, path: &str, method: &str, args: &[&str]) -> Option<String> {
    let mut call = vec![
        "call",
        "--session",
        "--dest",
        dest,
        "--object-path",
        path,
        "--method",
        method,
    ];
    call.extend_from_slice(args);
    gdbus(&call)
}

/// Asks the bus itself (org.freedesktop.DBus) `method` with `args`.
fn ask_the_bus(method: &str, args: &[&str]) -> Option<String> {
    let method = format!("org.freedesktop.DBus.{method}");
    gdbus_call(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        &method,
        args,
    )
}

/// Whether `name` (well-known or unique) has an owner on the session bus.
pub fn bus_name_has_owner(name: &str) -> bool {
    ask_the_bus("NameHasOwner", &[name]).is_some_and(|out| out.contains("true"))
}

/// Waits up to `seconds` for `done`; false if it never came.
pub fn eventually(seconds: u64, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        if done() {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The part of a desktop panel that apps look for before they rely on a
/// tray: while this lives, the session bus has a StatusNotifierWatcher.
#[derive(Debug)]
pub struct TrayPanel {
    _bus: zbus::blocking::Connection,
}

struct Watcher;

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(&self, _service: &str) {}

    fn register_status_notifier_host(&self, _service: &str) {}

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        Vec::new()
    }
}

impl TrayPanel {
    pub fn start() -> TrayPanel {
        session_bus_address();
        let bus = zbus::blocking::connection::Builder::session()
            .and_then(|b| b.name("org.kde.StatusNotifierWatcher"))
            .and_then(|b| b.serve_at("/StatusNotifierWatcher", Watcher))
            .and_then(|b| b.build())
            .expect("the tray watcher's name on the test bus");
        TrayPanel { _bus: bus }
    }
}

/// Where Tend's tray icon serves its menu (libayatana-appindicator's path
/// for the icon Tend names "tend").
const MENU_PATH: &str = "/org/ayatana/NotificationItem/tray_icon_tray_app_tend/Menu";
const MENU_INTERFACE: &str = "com.canonical.dbusmenu";

/// Tend's tray menu, as a panel sees it.
#[derive(Debug)]
pub struct TrayMenu {
    /// The unique bus name of the app serving it.
    pub owner: String,
}

impl TrayMenu {
    /// Finds the menu on the bus, waiting up to 20 s for it to appear.
    pub fn find() -> TrayMenu {
        let mut owner = None;
        let found = eventually(20, || {
            owner = unique_names().into_iter().find(|name| {
                gdbus(&[
                    "introspect",
                    "--session",
                    "--dest",
                    name,
                    "--object-path",
                    MENU_PATH,
                ])
                .is_some_and(|out| out.contains(MENU_INTERFACE))
            });
            owner.is_some()
        });
        assert!(found, "no tray menu appeared on the session bus");
        TrayMenu {
            owner: owner.unwrap_or_default(),
        }
    }

    /// Each item's id and label, in order; separators have no label.
    pub fn items(&self) -> Vec<(u32, String)> {
        let ids = format!("{:?}", (1..=32).collect::<Vec<u32>>());
        let out = self
            .call("GetGroupProperties", &[&ids, "['label']"])
            .expect("the tray menu answers");
        // Items look like (4, {'label': <'Quit Tend'>}).
        let marker = "{'label': <'";
        let mut items = Vec::new();
        for (at, _) in out.match_indices(marker) {
            let head = &out[..at];
            let id = head
                .rfind('(')
                .and_then(|open| head[open + 1..].split(',').next())
                .and_then(|n| n.trim().parse().ok());
            let rest = &out[at + marker.len()..];
            if let (Some(id), Some(end)) = (id, rest.find("'>")) {
                items.push((id, rest[..end].to_owned()));
            }
        }
        items
    }

    pub fn labels(&self) -> Vec<String> {
        self.items().into_iter().map(|(_, label)| label).collect()
    }

    /// Clicks the item with this label, as a panel does.
    pub fn click(&self, label: &str) {
        let id = self
            .items()
            .into_iter()
            .find(|(_, l)| l == label)
            .map(|(id, _)| id)
            .unwrap_or_else(|| panic!("no tray item {label:?} in {:?}", self.labels()));
        self.call("Event", &[&id.to_string(), "clicked", "<0>", "0"])
            .expect("the tray menu takes the click");
    }

    /// Calls the menu's `method` with `args`, as a panel would.
    fn call(&self, method: &str, args: &[&str]) -> Option<String> {
        let method = format!("{MENU_INTERFACE}.{method}");
        gdbus_call(&self.owner, MENU_PATH, &method, args)
    }

    /// Whether the app serving the menu is still running.
    pub fn app_running(&self) -> bool {
        bus_name_has_owner(&self.owner)
    }
}

fn unique_names() -> Vec<String> {
    let out = ask_the_bus("ListNames", &[]).unwrap_or_default();
    out.split('\'')
        .filter(|name| name.starts_with(':'))
        .map(str::to_owned)
        .collect()
}

/// The X server the test runs on, opened through libX11.
struct Display {
    x: x11_dl::xlib::Xlib,
    display: *mut x11_dl::xlib::Display,
}

impl Display {
    fn open() -> Display {
        let x = x11_dl::xlib::Xlib::open().expect("libX11");
        // SAFETY: a null name means $DISPLAY; the pointer is checked.
        let display = unsafe { (x.XOpenDisplay)(std::ptr::null()) };
        assert!(!display.is_null(), "no X display: run under xvfb-run");
        Display { x, display }
    }

    /// Top-level windows whose name is `title`, with whether each is shown.
    fn windows(&self, title: &str) -> Vec<(x11_dl::xlib::Window, bool)> {
        let mut found = Vec::new();
        // SAFETY: plain Xlib calls on an open display; every list Xlib
        // returns is freed with XFree.
        unsafe {
            let root = (self.x.XDefaultRootWindow)(self.display);
            let (mut parent, mut root_back) = (0, 0);
            let mut children: *mut x11_dl::xlib::Window = std::ptr::null_mut();
            let mut count = 0;
            if (self.x.XQueryTree)(
                self.display,
                root,
                &mut root_back,
                &mut parent,
                &mut children,
                &mut count,
            ) == 0
            {
                return found;
            }
            for i in 0..count as usize {
                let window = *children.add(i);
                let mut name: *mut c_char = std::ptr::null_mut();
                if (self.x.XFetchName)(self.display, window, &mut name) != 0 && !name.is_null() {
                    if CStr::from_ptr(name).to_bytes() == title.as_bytes() {
                        let mut attrs: x11_dl::xlib::XWindowAttributes = std::mem::zeroed();
                        (self.x.XGetWindowAttributes)(self.display, window, &mut attrs);
                        found.push((window, attrs.map_state == x11_dl::xlib::IsViewable));
                    }
                    (self.x.XFree)(name.cast());
                }
            }
            if !children.is_null() {
                (self.x.XFree)(children.cast());
            }
        }
        found
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        // SAFETY: opened in `open`, closed once.
        unsafe { (self.x.XCloseDisplay)(self.display) };
    }
}

/// Whether a window titled `title` is on screen.
pub fn window_shown(title: &str) -> bool {
    Display::open()
        .windows(title)
        .iter()
        .any(|(_, shown)| *shown)
}

/// Asks the shown window titled `title` to close, as a window manager does
/// when the user clicks its close button (WM_DELETE_WINDOW).
pub fn ask_window_to_close(title: &str) {
    use x11_dl::xlib;
    let d = Display::open();
    let (window, _) = d
        .windows(title)
        .into_iter()
        .find(|(_, shown)| *shown)
        .unwrap_or_else(|| panic!("no window titled {title:?} is shown"));
    // SAFETY: a ClientMessage built in full and sent to a live window.
    unsafe {
        let protocols = (d.x.XInternAtom)(d.display, c"WM_PROTOCOLS".as_ptr(), 0);
        let delete = (d.x.XInternAtom)(d.display, c"WM_DELETE_WINDOW".as_ptr(), 0);
        let mut event: xlib::XEvent = std::mem::zeroed();
        event.client_message.type_ = xlib::ClientMessage;
        event.client_message.window = window;
        event.client_message.message_type = protocols;
        event.client_message.format = 32;
        event
            .client_message
            .data
            .set_long(0, delete as std::ffi::c_long);
        event
            .client_message
            .data
            .set_long(1, xlib::CurrentTime as std::ffi::c_long);
        (d.x.XSendEvent)(d.display, window, 0, xlib::NoEventMask, &mut event);
        (d.x.XFlush)(d.display);
    }
}
