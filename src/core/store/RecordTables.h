#pragma once

namespace waymark::store {

// The tables holding a portfolio's records besides its worker row, parents first. The rest
// (the counts per item, judgement_changes, the search index) are kept by each side's triggers.
inline constexpr const char* recordTables[] = {
    "roles", "awards", "evidence", "evidence_versions", "attachments", "mappings", "sessions", "session_items", "judgements",
    "judgement_evidence", "comments", "plan_items", "plan_item_links", "cpd_entries", "cpd_texts", "private_names",
    "finding_decisions", "meta", "cases", "case_snapshots", "case_events", "record_chain"};

} // namespace waymark::store
