//! A summary's sections: the check-ins, the questionnaires, the practices
//! and the guided path, each a list of blocks.

use super::*;

pub(super) fn summary(
    request: &DocumentRequest,
    sources: &Sources<'_>,
    chosen: &[&Entry],
) -> Document {
    let title = t("export-summary-title");
    let mut blocks = header(&title, request, sources.made_on);
    let in_range = |day: NaiveDate| day >= request.from && day <= request.to;
    if request.checkins {
        let checkins: Vec<&CheckIn> = sources
            .checkins
            .iter()
            .filter(|c| in_range(c.day))
            .collect();
        checkin_section(&mut blocks, request, &checkins);
    }
    if request.measures {
        let results: Vec<&MeasureResult> =
            sources.results.iter().filter(|r| in_range(r.day)).collect();
        measure_section(&mut blocks, sources.measures, &results);
    }
    if request.practice {
        let sessions: Vec<Session> = sources
            .sessions
            .iter()
            .filter(|s| in_range(s.started_at.unwrap_or(s.saved_at).date()))
            .cloned()
            .collect();
        practice_section(&mut blocks, sources.catalogue, &sessions);
    }
    if request.path
        && let Some(path) = sources.path
    {
        path_section(&mut blocks, path);
    }
    if !chosen.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: t("export-entries-title"),
        });
        for entry in chosen {
            blocks.push(Block::Heading {
                level: 3,
                text: entry_title(entry),
            });
            blocks.push(Block::Small(long_date(entry.created_at.date())));
            blocks.push(Block::Text(entry.body.clone()));
        }
    }
    Document {
        lang: crate::words::language(),
        title,
        blocks,
    }
}

fn path_section(blocks: &mut Vec<Block>, path: &PathReport) {
    blocks.push(Block::Heading {
        level: 2,
        text: tr("export-path-title", &[("title", path.title.clone().into())]),
    });
    blocks.push(Block::Paragraph(tr(
        if path.complete {
            "export-path-complete"
        } else {
            "export-path-progress"
        },
        &[
            ("date", long_date(path.started_on).into()),
            ("done", path.done.into()),
            ("steps", path.steps.into()),
        ],
    )));
    for (week, step, entry) in &path.reflections {
        blocks.push(Block::Heading {
            level: 3,
            text: tr(
                "export-path-reflection",
                &[("week", (*week).into()), ("step", step.clone().into())],
            ),
        });
        blocks.push(Block::Small(long_date(entry.created_at.date())));
        blocks.push(Block::Text(entry.body.clone()));
    }
}

pub(super) fn entry_title(entry: &Entry) -> String {
    if entry.title.is_empty() {
        tr(
            "export-entry-untitled",
            &[("date", long_date(entry.created_at.date()).into())],
        )
    } else {
        entry.title.clone()
    }
}

fn checkin_section(blocks: &mut Vec<Block>, request: &DocumentRequest, checkins: &[&CheckIn]) {
    blocks.push(Block::Heading {
        level: 2,
        text: t("export-checkins-title"),
    });
    let days = (request.to - request.from).num_days() + 1;
    blocks.push(Block::Paragraph(tr(
        "export-checkins-count",
        &[("count", checkins.len().into()), ("days", days.into())],
    )));
    if checkins.is_empty() {
        return;
    }
    let window = if days > 180 { 30 } else { 7 };
    for item in Item::ALL {
        let name = t(&format!("checkin-short-{}", item.id()));
        let values: Vec<f64> = checkins
            .iter()
            .map(|c| f64::from(c.ratings.get(item)))
            .collect();
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        let low = values.iter().copied().fold(f64::MAX, f64::min);
        let high = values.iter().copied().fold(f64::MIN, f64::max);
        let mut daily: Vec<Option<f64>> = vec![None; usize::try_from(days).unwrap_or(0)];
        for c in checkins {
            if let Ok(i) = usize::try_from((c.day - request.from).num_days())
                && let Some(slot) = daily.get_mut(i)
            {
                *slot = Some(f64::from(c.ratings.get(item)));
            }
        }
        let averages = rolling_mean(&daily, window);
        let chart = Chart {
            first: request.from,
            last: request.to,
            y_min: 0.0,
            y_max: 10.0,
            shades: Vec::new(),
            dots: checkins
                .iter()
                .map(|c| (c.day, f64::from(c.ratings.get(item))))
                .collect(),
            line: averages
                .iter()
                .enumerate()
                .map(|(i, a)| (request.from + Duration::days(i as i64), *a))
                .collect(),
            first_label: short_date(request.from),
            last_label: short_date(request.to),
        };
        blocks.push(Block::Heading {
            level: 3,
            text: name.clone(),
        });
        blocks.push(Block::Chart {
            chart,
            caption: tr(
                "export-item-sentence",
                &[
                    ("item", name.into()),
                    ("mean", one_decimal(mean).into()),
                    ("days", values.len().into()),
                    ("low", shown_value(low).into()),
                    ("high", shown_value(high).into()),
                ],
            ),
        });
    }
    // A week a row: what a reader can scan, and what a screen reader reads
    // instead of the charts.
    let mut head = vec![t("export-week-of"), t("export-days")];
    head.extend(
        Item::ALL
            .iter()
            .map(|i| t(&format!("checkin-short-{}", i.id()))),
    );
    let mut rows = Vec::new();
    let mut week: Vec<&CheckIn> = Vec::new();
    let monday = |d: NaiveDate| d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
    let flush = |week: &mut Vec<&CheckIn>, rows: &mut Vec<Vec<String>>| {
        if let Some(first) = week.first() {
            let mut row = vec![long_date(monday(first.day)), week.len().to_string()];
            for item in Item::ALL {
                let sum: f64 = week.iter().map(|c| f64::from(c.ratings.get(item))).sum();
                row.push(one_decimal(sum / week.len() as f64));
            }
            rows.push(row);
        }
        week.clear();
    };
    for c in checkins {
        if week.first().is_some_and(|f| monday(f.day) != monday(c.day)) {
            flush(&mut week, &mut rows);
        }
        week.push(c);
    }
    flush(&mut week, &mut rows);
    blocks.push(Block::Table {
        caption: t("export-weeks-caption"),
        head,
        rows,
        langs: Vec::new(),
    });
}

fn measure_section(blocks: &mut Vec<Block>, measures: &Measures, results: &[&MeasureResult]) {
    blocks.push(Block::Heading {
        level: 2,
        text: t("export-measures-title"),
    });
    if results.is_empty() {
        blocks.push(Block::Paragraph(t("export-measures-none")));
        return;
    }
    blocks.push(Block::Paragraph(t("export-measures-screening")));
    let language = crate::words::language();
    // Her language, and the language each questionnaire was published in:
    // its name, scales and bands stay in that wording, marked as such.
    let foreign = |lang: &str| (lang != language).then(|| lang.to_owned());
    if results
        .iter()
        .filter_map(|r| measures.measures.iter().find(|m| m.id == r.measure))
        .any(|m| foreign(measures.wording_lang(m)).is_some())
    {
        blocks.push(Block::Paragraph(t("export-measures-published-language")));
    }
    let mut used = Vec::new();
    for measure in &measures.measures {
        let mine: Vec<&&MeasureResult> =
            results.iter().filter(|r| r.measure == measure.id).collect();
        if mine.is_empty() {
            continue;
        }
        used.push(measure);
        let theirs = foreign(measures.wording_lang(measure));
        let mark = |block: Block| match &theirs {
            Some(lang) => block.in_language(lang),
            None => block,
        };
        blocks.push(mark(Block::Heading {
            level: 3,
            text: measure.name.clone(),
        }));
        let mut rows = Vec::new();
        for result in mine {
            let Ok(scores) = measure.score(&result.answers) else {
                continue;
            };
            for score in scores {
                let Some(scale) = measure.scales.iter().find(|s| s.id == score.scale) else {
                    continue;
                };
                let band = score
                    .band
                    .as_ref()
                    .and_then(|id| scale.bands.iter().find(|b| &b.id == id))
                    .map(|b| b.words.clone())
                    .unwrap_or_default();
                let (low, high) = measure.scale_range(scale);
                rows.push(vec![
                    long_date(result.day),
                    scale.name.clone(),
                    tr(
                        "export-score-of",
                        &[
                            ("value", shown_value(score.value).into()),
                            ("low", shown_value(low).into()),
                            ("high", shown_value(high).into()),
                        ],
                    ),
                    band,
                ]);
            }
        }
        blocks.push(Block::Table {
            caption: tr(
                "export-results-caption",
                &[("name", measure.short_name.clone().into())],
            ),
            head: vec![
                t("export-date"),
                t("export-scale"),
                t("insights-score"),
                t("export-band"),
            ],
            rows,
            langs: vec![None, theirs.clone(), None, theirs.clone()],
        });
        let meanings: Vec<String> = measure
            .scales
            .iter()
            .map(|s| format!("{}: {}", s.name, s.higher_means))
            .collect();
        blocks.push(mark(Block::List(meanings)));
    }
    for measure in used {
        let credit = Block::Small(format!("{} {}", measure.citation, measure.licence));
        blocks.push(match foreign(measures.wording_lang(measure)) {
            Some(lang) => credit.in_language(&lang),
            None => credit,
        });
    }
}

fn practice_section(blocks: &mut Vec<Block>, catalogue: &Catalogue, sessions: &[Session]) {
    blocks.push(Block::Heading {
        level: 2,
        text: t("export-practice-title"),
    });
    let seconds: u64 = sessions
        .iter()
        .map(|s| u64::from(s.record.seconds_played))
        .sum();
    blocks.push(Block::Paragraph(tr(
        "export-practice-count",
        &[
            ("count", sessions.len().into()),
            ("minutes", seconds.div_ceil(60).into()),
        ],
    )));
    if sessions.is_empty() {
        return;
    }
    let name = |id: &str| {
        catalogue
            .get(id)
            .map_or_else(|| id.to_owned(), |e| e.title.clone())
    };
    let mut by_exercise: std::collections::BTreeMap<String, (usize, u64)> = Default::default();
    for s in sessions {
        let row = by_exercise.entry(name(&s.record.exercise)).or_default();
        row.0 += 1;
        row.1 += u64::from(s.record.seconds_played);
    }
    blocks.push(Block::Table {
        langs: Vec::new(),
        caption: t("export-practice-caption"),
        head: vec![t("export-exercise"), t("export-times"), t("export-minutes")],
        rows: by_exercise
            .into_iter()
            .map(|(exercise, (times, seconds))| {
                vec![
                    exercise,
                    times.to_string(),
                    seconds.div_ceil(60).to_string(),
                ]
            })
            .collect(),
    });
    let helps = what_helps(sessions);
    blocks.push(Block::Heading {
        level: 3,
        text: t("export-helps-title"),
    });
    if helps.is_empty() {
        blocks.push(Block::Paragraph(t("export-helps-none")));
    } else {
        blocks.push(Block::List(
            helps
                .iter()
                .map(|h| {
                    tr(
                        "export-helps-line",
                        &[
                            ("exercise", name(&h.exercise).into()),
                            ("sessions", h.sessions.into()),
                            ("calm", signed(h.calm_change).into()),
                            ("kind", signed(h.kind_change).into()),
                        ],
                    )
                })
                .collect(),
        ));
    }
}
