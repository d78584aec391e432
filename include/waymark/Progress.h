#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace waymark {

class Pathway;
class PathwayLibrary;
class PortfolioStore;
struct PortfolioFacts;

// Where the worker stands on one step, one of its groups, or one capability group.
struct ScopeProgress
{
    QString scopeId;
    QString title;
    bool nested = false; // a group inside a step (Buckinghamshire's columns)
    int items = 0;
    int withEvidence = 0;
    int signedOff = 0;   // reached, on evidence unchanged since
};

// Every step (with each of its groups when it has several) and capability group, in file order.
QList<ScopeProgress> progressByScope(const Pathway& pathway, const PortfolioFacts& facts);

// Items reached per step (or capability group) at the end of each month, from the month of from
// (the first dated record, as a rule) to today, every second (third ...) month when that would be
// more than progressMaxPoints points, judged as a panel would have on each of those days (facts as of
// the day, docs/dates.md). Nested groups are left out: their step counts them.
constexpr int progressMaxPoints = 25;
struct ProgressOverTime
{
    QList<ScopeProgress> scopes;  // the series: titles, items and today's items reached (withEvidence unread)
    QList<QDate> dates;           // ascending; the last is today
    QList<QList<int>> reached;    // per date, per scope: items signed off as reached
};
ProgressOverTime progressOverTime(PortfolioStore& store, const Pathway& pathway, const QDate& from, const QDate& today);

// One dated event of the portfolio: evidence recorded, or a judgement.
struct TimelineEntry
{
    enum class Kind { Evidence, Judgement };
    Kind kind = Kind::Evidence;
    QDate date;
    QString title;  // the evidence title, or "Reached: <item>"
    QString detail; // the kind of evidence, or who judged
    qint64 evidenceId = 0;
    ItemRef item;
};

// Every live evidence record and every judgement, newest first (same day: judgements first).
QList<TimelineEntry> portfolioTimeline(PortfolioStore& store, const PathwayLibrary& library);

} // namespace waymark
