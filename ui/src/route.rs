//! Where each screen lives: the routes behind the navigation.

use yew_router::prelude::*;

#[derive(Clone, Debug, Routable, PartialEq)]
pub(crate) enum Route {
    #[at("/")]
    Today,
    #[at("/checkin")]
    CheckIn,
    #[at("/practise")]
    Practise,
    #[at("/play/:id/:seconds")]
    Play { id: String, seconds: u32 },
    #[at("/journal")]
    Journal,
    #[at("/journal/deleted/:id")]
    JournalDeleted { id: i64 },
    #[at("/journal/new")]
    NewEntry,
    #[at("/journal/write/:prompt")]
    WritePrompt { prompt: String },
    #[at("/journal/entry/:id")]
    Entry { id: i64 },
    #[at("/settings")]
    Settings,
    #[at("/insights")]
    Insights,
    #[at("/measures")]
    Measures,
    #[at("/measures/:id")]
    Measure { id: String },
    #[at("/help")]
    Help,
    #[at("/about")]
    About,
    #[at("/export")]
    Export,
    #[at("/reminders")]
    Reminders,
    #[at("/privacy")]
    Privacy,
    #[at("/path")]
    Path,
    #[at("/path/write/:step")]
    PathWrite { step: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}
