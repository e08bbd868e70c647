//! The house has no circles: within each crate, no two modules that sit
//! side by side use each other, directly or round a longer loop. A module
//! may use what sits below it and its own parent's items; siblings form a
//! graph that must have no cycle. Read from the source text alone (paths
//! that start with `crate::`, `super::` or `self::`), so it needs no build.

use crate::process::{Fail, SOURCE_FOLDERS, project_root, rust_files};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Every circle in every crate, each as `crate: a -> b -> a`.
pub(crate) fn check() -> Result<Vec<String>, Fail> {
    let mut found = Vec::new();
    for dir in SOURCE_FOLDERS {
        let root = project_root().join(dir);
        for circle in circles_in(&root)? {
            found.push(format!("{dir}: {}", circle.join(" -> ")));
        }
    }
    Ok(found)
}

/// A module's path from the crate root, such as `["export", "pdf"]`.
type ModPath = Vec<String>;

/// The circles among sibling modules of the crate whose source is `root`.
pub(crate) fn circles_in(root: &Path) -> Result<Vec<Vec<String>>, Fail> {
    let files = rust_files(root)?;
    let modules: BTreeSet<ModPath> = files.iter().map(|f| module_of(root, f)).collect();
    // Edges between siblings, keyed by their parent.
    let mut edges: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in &files {
        let from = module_of(root, file);
        let text = fs::read_to_string(file)
            .map_err(|e| Fail(format!("reading {}: {e}", file.display())))?;
        for used in used_paths(&strip_comments_and_strings(&text), &from) {
            let to = longest_module(&modules, &used);
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            // A use of one's own parent, or of one's own children, is no
            // edge between siblings.
            if common < from.len() && common < to.len() {
                edges
                    .entry(from[..common].to_vec())
                    .or_default()
                    .entry(from[common].clone())
                    .or_default()
                    .insert(to[common].clone());
            }
        }
    }
    let mut circles = Vec::new();
    for (parent, graph) in edges {
        for cycle in cycles(&graph) {
            let named = cycle
                .iter()
                .map(|m| {
                    let mut p = parent.clone();
                    p.push(m.clone());
                    p.join("::")
                })
                .collect();
            circles.push(named);
        }
    }
    Ok(circles)
}

/// `src/a/b.rs` and `src/a/b/mod.rs` are `a::b`; `lib.rs` and `main.rs`
/// are the root.
fn module_of(root: &Path, file: &Path) -> ModPath {
    let relative = file.strip_prefix(root).unwrap_or(file);
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        let is_root_file = parts.is_empty() && (stem == "lib" || stem == "main");
        if stem != "mod" && !is_root_file {
            parts.push(stem.to_owned());
        }
    }
    parts
}

/// The deepest known module that `path` names or names an item of.
fn longest_module(modules: &BTreeSet<ModPath>, path: &[String]) -> ModPath {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| modules.contains(p))
        .unwrap_or_default()
}

/// Blanks out comments, string and character literals, keeping the rest.
fn strip_comments_and_strings(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"..", r#".."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            'raw: while j < chars.len() {
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break 'raw;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && is_char_literal(&chars, i) {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// `'a'`, `'\n'`, `'\u{1F600}'`, as against a lifetime `'a`.
fn is_char_literal(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some('\\') => true,
        Some(_) => chars.get(i + 2) == Some(&'\''),
        None => false,
    }
}

/// Every module path the text uses through `crate::`, `super::` or
/// `self::`, made absolute from the file's module `here`; brace groups
/// (`crate::{a::X, b}`) give one path each.
fn used_paths(text: &str, here: &ModPath) -> Vec<ModPath> {
    let tokens = tokens(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let preceded_by_path = i > 0 && tokens[i - 1] == "::";
        let followed_by_path = tokens.get(i + 1).map(String::as_str) == Some("::");
        if preceded_by_path || !followed_by_path {
            i += 1;
            continue;
        }
        let (base, after) = match tokens[i].as_str() {
            "crate" => (Vec::new(), i + 2),
            "self" => (here.clone(), i + 2),
            "super" => {
                let mut base = here.clone();
                let mut j = i;
                while tokens.get(j).map(String::as_str) == Some("super")
                    && tokens.get(j + 1).map(String::as_str) == Some("::")
                {
                    base.pop();
                    j += 2;
                }
                (base, j)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let (paths, end) = path_tree(&tokens, after, base);
        found.extend(paths);
        i = end.max(i + 1);
    }
    found
}

/// Reads `a::b::{c, d::e}` from `tokens[at..]` after a prefix, returning
/// each full path and where reading stopped.
fn path_tree(tokens: &[String], mut at: usize, mut base: ModPath) -> (Vec<ModPath>, usize) {
    let mut found = Vec::new();
    loop {
        match tokens.get(at).map(String::as_str) {
            Some("{") => {
                at += 1;
                loop {
                    match tokens.get(at).map(String::as_str) {
                        Some("}") => return (found, at + 1),
                        Some(",") => at += 1,
                        None => return (found, at),
                        Some(_) => {
                            let (inner, end) = path_tree(tokens, at, base.clone());
                            found.extend(inner);
                            // Skip `as name` and anything else to the next item.
                            at = end;
                            while let Some(t) = tokens.get(at) {
                                if t == "," || t == "}" {
                                    break;
                                }
                                at += 1;
                            }
                        }
                    }
                }
            }
            Some(word) if is_ident(word) => {
                base.push(word.to_owned());
                at += 1;
                if tokens.get(at).map(String::as_str) == Some("::") {
                    at += 1;
                } else {
                    found.push(base);
                    return (found, at);
                }
            }
            _ => {
                found.push(base);
                return (found, at);
            }
        }
    }
}

fn is_ident(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && word.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Identifiers, `::`, and single punctuation characters.
fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push("::".to_owned());
            i += 2;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out
}

/// One cycle through each strongly connected group of two or more modules
/// (or a module that uses itself, which cannot happen between siblings).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let mut reported: BTreeSet<String> = BTreeSet::new();
    let mut found = Vec::new();
    for start in graph.keys() {
        if reported.contains(start) {
            continue;
        }
        if let Some(mut cycle) = path_back(graph, start) {
            reported.extend(cycle.iter().cloned());
            cycle.push(start.clone());
            found.push(cycle);
        }
    }
    found
}

/// The shortest walk from `start` back to itself, if there is one
/// (breadth first, so the circle reported is the tightest).
fn path_back(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut came_from: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.to_owned()]);
    while let Some(node) = queue.pop_front() {
        for next in graph.get(&node).into_iter().flatten() {
            if next == start {
                let mut walk = vec![node.clone()];
                let mut at = node.clone();
                while let Some(prev) = came_from.get(&at) {
                    walk.push(prev.clone());
                    at = prev.clone();
                }
                walk.reverse();
                return Some(walk);
            }
            if !came_from.contains_key(next) && next != start {
                came_from.insert(next.clone(), node.clone());
                queue.push_back(next.clone());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Scratch(std::path::PathBuf);

    impl Scratch {
        fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn crate_with(files: &[(&str, &str)]) -> Scratch {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            Scratch(std::env::temp_dir().join(format!("tend-circles-{}-{n}", std::process::id())));
        for (name, text) in files {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn two_siblings_that_use_each_other_are_a_circle() {
        let dir = crate_with(&[
            ("lib.rs", "mod a;\nmod b;\n"),
            ("a.rs", "use crate::b::f;\npub fn g() {}\n"),
            ("b.rs", "pub fn f() { crate::a::g() }\n"),
        ]);
        assert_eq!(circles_in(dir.path()).unwrap(), vec![vec!["a", "b", "a"]]);
    }

    #[test]
    fn a_longer_loop_through_braces_and_super_is_found() {
        let dir = crate_with(&[
            ("lib.rs", "mod x;\n"),
            ("x/mod.rs", "mod a; mod b; mod c;\n"),
            ("x/a.rs", "use super::{b::One, other};\n"),
            ("x/b.rs", "use crate::x::c;\n"),
            ("x/c.rs", "fn f() { super::a::go(); }\n"),
        ]);
        assert_eq!(
            circles_in(dir.path()).unwrap(),
            vec![vec!["x::a", "x::b", "x::c", "x::a"]]
        );
    }

    #[test]
    fn uses_of_parents_children_comments_and_strings_are_no_circle() {
        let dir = crate_with(&[
            ("lib.rs", "mod a;\nmod b;\npub struct Root;\n"),
            (
                "a.rs",
                "use crate::Root;\nuse crate::b::f;\nmod inner { use super::super::Root; }\n",
            ),
            (
                "b.rs",
                "// crate::a::g\n/* crate::a::g */\nconst S: &str = \"crate::a::g\";\n\
                 const R: &str = r#\"crate::a::g\"#;\nfn f<'a>(x: &'a str) -> char { 'c' }\n",
            ),
        ]);
        assert!(circles_in(dir.path()).unwrap().is_empty());
    }

    #[test]
    fn the_workspace_has_no_circles() {
        assert_eq!(check().unwrap(), Vec::<String>::new());
    }
}
