#pragma once

#include "waymark/ProgressionCase.h"

#include <QCoreApplication>

#include <optional>

namespace waymark::store {

class Database;

// The hash chain over judgements and case events (record_chain): each entry's SHA-256 covers
// the record's canonical content and the previous entry's hash. Written in the same user
// action as the record it covers.
class ChainRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit ChainRepository(Database& db) : m_db(db) {}

    bool appendJudgement(qint64 id) { return append(QStringLiteral("judgement:%1").arg(id)); }
    bool appendCaseEvent(qint64 id) { return append(QStringLiteral("case-event:%1").arg(id)); }
    // A file brought up from before the chain existed: its judgements are chained in the order
    // they were recorded, once, on the first open that can write.
    bool completePending();
    QString head();
    // The 1-based position of an entry with this hash, if any.
    std::optional<int> position(const QString& hash);
    ChainReport verify();

    static QString sha256(const QByteArray& bytes);

private:
    bool append(const QString& record);
    // The record's canonical content as it is in the file now; nothing when it is gone.
    std::optional<QByteArray> content(const QString& record);
    static QString link(const QString& previous, const QString& record, const QByteArray& content);

    Database& m_db;
};

} // namespace waymark::store
