//! Live pages: a hash of the case's files (names, sizes, modification
//! times) that open pages poll; when it changes they reload. Each poll is
//! also the page's sign of life that keeps the server running.

use std::sync::Arc;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use sha2::Digest;

use super::AppState;

/// What the files under `root` look like now: any edit, new file or
/// removal changes it. Hidden folders (`.git`) are left out.
pub fn case_hash(root: &std::path::Path) -> String {
    let mut hasher = sha2::Sha256::new();
    let walk = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walk.filter_map(Result::ok) {
        hasher.update(entry.path().as_os_str().as_encoded_bytes());
        hasher.update([0]);
        if let Ok(meta) = entry.metadata() {
            hasher.update(meta.len().to_le_bytes());
            if let Ok(t) = meta.modified()
                && let Ok(d) = t.duration_since(std::time::UNIX_EPOCH)
            {
                hasher.update(d.as_nanos().to_le_bytes());
            }
        }
    }
    hasher
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub async fn hash(State(st): State<Arc<AppState>>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        case_hash(&st.root),
    )
}
