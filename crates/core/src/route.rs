//! Tend's screens and the paths that name them (`/journal/entry/3`). The
//! UI keeps the path in the page's hash; the shell opens a screen by
//! setting it (a reminder's notification, the tray). One enum writes and
//! reads them, so a path the shell makes is always one the UI knows.

/// A screen of the app, with what it needs to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Today,
    CheckIn,
    Practise,
    Play { id: String, seconds: u32 },
    Journal,
    JournalDeleted { id: i64 },
    NewEntry,
    WritePrompt { prompt: String },
    Entry { id: i64 },
    Settings,
    Insights,
    Measures,
    Measure { id: String },
    Help,
    About,
    Export,
    Reminders,
    Privacy,
    Path,
    PathWrite { step: String },
    NotFound,
}

impl Route {
    /// The path after the hash: `/journal/entry/3`.
    pub fn to_path(&self) -> String {
        let fixed = match self {
            Route::Today => "/",
            Route::CheckIn => "/checkin",
            Route::Practise => "/practise",
            Route::Journal => "/journal",
            Route::NewEntry => "/journal/new",
            Route::Settings => "/settings",
            Route::Insights => "/insights",
            Route::Measures => "/measures",
            Route::Help => "/help",
            Route::About => "/about",
            Route::Export => "/export",
            Route::Reminders => "/reminders",
            Route::Privacy => "/privacy",
            Route::Path => "/path",
            Route::NotFound => "/404",
            Route::Play { id, seconds } => return format!("/play/{}/{seconds}", encode(id)),
            Route::JournalDeleted { id } => return format!("/journal/deleted/{id}"),
            Route::WritePrompt { prompt } => return format!("/journal/write/{}", encode(prompt)),
            Route::Entry { id } => return format!("/journal/entry/{id}"),
            Route::Measure { id } => return format!("/measures/{}", encode(id)),
            Route::PathWrite { step } => return format!("/path/write/{}", encode(step)),
        };
        fixed.to_owned()
    }

    /// What a link to this screen points at.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// The screen a path names; a path no screen has is `NotFound`, which
    /// shows Today.
    pub fn from_path(path: &str) -> Route {
        let parts: Vec<String> = path
            .split('/')
            .filter(|p| !p.is_empty())
            .map(decode)
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        let text = |s: &str| s.to_owned();
        match parts.as_slice() {
            [] => Route::Today,
            ["checkin"] => Route::CheckIn,
            ["practise"] => Route::Practise,
            ["play", id, seconds] => match seconds.parse() {
                Ok(seconds) => Route::Play {
                    id: text(id),
                    seconds,
                },
                Err(_) => Route::NotFound,
            },
            ["journal"] => Route::Journal,
            ["journal", "new"] => Route::NewEntry,
            ["journal", "deleted", id] => id
                .parse()
                .map_or(Route::NotFound, |id| Route::JournalDeleted { id }),
            ["journal", "write", prompt] => Route::WritePrompt {
                prompt: text(prompt),
            },
            ["journal", "entry", id] => {
                id.parse().map_or(Route::NotFound, |id| Route::Entry { id })
            }
            ["settings"] => Route::Settings,
            ["insights"] => Route::Insights,
            ["measures"] => Route::Measures,
            ["measures", id] => Route::Measure { id: text(id) },
            ["help"] => Route::Help,
            ["about"] => Route::About,
            ["export"] => Route::Export,
            ["reminders"] => Route::Reminders,
            ["privacy"] => Route::Privacy,
            ["path"] => Route::Path,
            ["path", "write", step] => Route::PathWrite { step: text(step) },
            _ => Route::NotFound,
        }
    }
}

/// Percent-encodes what is not a plain letter, digit or `-_.~`, so an id
/// can never add a step to the path.
fn encode(part: &str) -> String {
    let mut out = String::with_capacity(part.len());
    for byte in part.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes `encode` (and a browser's own encoding); a broken escape is
/// kept as written.
fn decode(part: &str) -> String {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every screen, with ids as plain and as awkward as they come.
    fn every_screen() -> Vec<Route> {
        let mut all = vec![
            Route::Today,
            Route::CheckIn,
            Route::Practise,
            Route::Journal,
            Route::NewEntry,
            Route::Settings,
            Route::Insights,
            Route::Measures,
            Route::Help,
            Route::About,
            Route::Export,
            Route::Reminders,
            Route::Privacy,
            Route::Path,
            Route::JournalDeleted { id: 7 },
            Route::Entry { id: i64::MAX },
            Route::Entry { id: -1 },
        ];
        for id in [
            "soothing_breath",
            "a/b",
            "50%",
            "ž ř",
            "..",
            "#/",
            "?x=1",
            "%zz",
        ] {
            all.push(Route::Play {
                id: id.to_owned(),
                seconds: 180,
            });
            all.push(Route::WritePrompt {
                prompt: id.to_owned(),
            });
            all.push(Route::Measure { id: id.to_owned() });
            all.push(Route::PathWrite {
                step: id.to_owned(),
            });
        }
        all
    }

    #[test]
    fn every_screen_reads_back_from_its_own_path() {
        for route in every_screen() {
            let path = route.to_path();
            assert!(path.is_ascii() && !path.contains(['#', '?', ' ']), "{path}");
            assert_eq!(Route::from_path(&path), route, "{path}");
            assert_eq!(route.href(), format!("#{path}"));
        }
    }

    #[test]
    fn a_path_no_screen_has_shows_today_not_another_screen() {
        for path in [
            "/nowhere",
            "/journal/entry/three",
            "/journal/entry/",
            "/play/soothing_breath/-5",
            "/play/soothing_breath",
            "/play/a/b/180",
            "/measures/a/b",
            "/journal/deleted/1.5",
            "/404",
        ] {
            assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
        }
        assert_eq!(Route::from_path(""), Route::Today);
        assert_eq!(Route::from_path("/"), Route::Today);
        // A trailing slash, as a person might type it, is the same screen.
        assert_eq!(Route::from_path("/journal/"), Route::Journal);
    }

    #[test]
    fn a_path_the_webview_encoded_itself_reads_the_same() {
        assert_eq!(
            Route::from_path("/measures/%C5%BE"),
            Route::Measure { id: "ž".into() }
        );
        assert_eq!(
            Route::from_path("/measures/ž"),
            Route::Measure { id: "ž".into() }
        );
    }
}
