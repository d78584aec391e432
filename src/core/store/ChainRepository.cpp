#include "ChainRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace waymark::store {

namespace {

// Every column of one row, as stored: the canonical form does not depend on how Waymark
// reads the record today. QJsonObject keeps its keys sorted.
QJsonObject rowObject(const QSqlQuery& q)
{
    QJsonObject o;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i)
        o.insert(r.fieldName(i), q.value(i).isNull() ? QJsonValue() : QJsonValue::fromVariant(q.value(i)));
    return o;
}

} // namespace

QString ChainRepository::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ChainRepository::link(const QString& previous, const QString& record, const QByteArray& content)
{
    return sha256(previous.toLatin1() + '\n' + record.toUtf8() + '\n' + content);
}

std::optional<QByteArray> ChainRepository::content(const QString& record)
{
    const qint64 id = record.section(QLatin1Char(':'), 1).toLongLong();
    const bool judgement = record.startsWith(QLatin1String("judgement:"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A submission's content includes its snapshot's hash, so the snapshot is chained too.
    // Columns named, not *: a column added later must not change the content of old records.
    q.prepare(judgement ? QStringLiteral("SELECT id, pathway_id, item_id, verdict, by_name, by_role, made_on, comment, session_id,"
                                         " pathway_version, statement, recorded_at FROM judgements WHERE id = ?")
                        : QStringLiteral("SELECT e.id, e.case_id, e.action, e.stage, e.by_name, e.by_role, e.signed_in, e.reason,"
                                         " e.made_at, e.snapshot_id, c.pathway_id, c.target_id, s.sha256 AS snapshot_sha256 FROM case_events e"
                                         " JOIN cases c ON c.id = e.case_id LEFT JOIN case_snapshots s ON s.id = e.snapshot_id"
                                         " WHERE e.id = ?"));
    bind(q, id);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the record chain"));
    if (!q.next())
        return std::nullopt;
    QJsonObject o = rowObject(q);
    q.finish(); // read to its end before the next query: PostgreSQL's driver would drop the rest
    if (judgement) {
        QSqlQuery e(m_db.connection());
        e.setForwardOnly(true);
        e.prepare(QStringLiteral("SELECT evidence_id, evidence_version, title FROM judgement_evidence WHERE judgement_id = ?"
                                 " ORDER BY evidence_id"));
        bind(e, id);
        if (!e.exec())
            m_db.throwQuery(e, tr("Cannot read the record chain"));
        QJsonArray relied;
        while (e.next())
            relied << rowObject(e);
        o.insert(QStringLiteral("evidence"), relied);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString ChainRepository::head()
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT hash FROM record_chain ORDER BY seq DESC LIMIT 1")))
        m_db.throwQuery(q, tr("Cannot read the record chain"));
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<int> ChainRepository::position(const QString& hash)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM record_chain o WHERE o.seq <= c.seq) FROM record_chain c WHERE hash = ?"));
    bind(q, hash);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the record chain"));
    return q.next() ? std::optional<int>(q.value(0).toInt()) : std::nullopt;
}

bool ChainRepository::append(const QString& record)
{
    try {
        const std::optional<QByteArray> body = content(record);
        if (!body)
            return m_db.fail(StoreError::Code::NotFound, tr("Cannot chain %1: it is not in the portfolio.").arg(record));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO record_chain (record, hash) VALUES (?, ?)"));
        bindAll(q, {record, link(head(), record, *body)});
        return q.exec() || m_db.failQuery(q, tr("Cannot record the chain"));
    } catch (const StoreError& e) {
        return m_db.fail(e.code(), e.message());
    }
}

bool ChainRepository::completePending()
{
    {
        // Asked outside a user action, which would wait for a background integrity check.
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'chain-pending'")))
            return m_db.failQuery(q, tr("Cannot read the record chain"));
        if (!q.next())
            return true;
    }
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        QList<qint64> ids;
        if (!q.exec(QStringLiteral("SELECT id FROM judgements j WHERE NOT EXISTS (SELECT 1 FROM record_chain c"
                                   " WHERE c.record = 'judgement:' || j.id) ORDER BY id")))
            return m_db.failQuery(q, tr("Cannot read the record chain"));
        while (q.next())
            ids << q.value(0).toLongLong();
        for (qint64 id : ids)
            if (!appendJudgement(id))
                return false;
        return q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'chain-pending'")) || m_db.failQuery(q, tr("Cannot record the chain"));
    });
}

ChainReport ChainRepository::verify()
{
    ChainReport report;
    m_db.readTogether([&] {
        // Not forward-only: content() queries inside the loop, and PostgreSQL's driver drops the
        // rest of a forward-only result when another query runs on the connection.
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT record, hash FROM record_chain ORDER BY seq")))
            m_db.throwQuery(q, tr("Cannot read the record chain"));
        QString previous;
        QSet<QString> chained;
        while (q.next()) {
            const QString record = q.value(0).toString();
            const QString stored = q.value(1).toString();
            chained.insert(record);
            ++report.length;
            const std::optional<QByteArray> body = content(record);
            if (!body)
                report.breaks << ChainBreak{record, tr("%1 is in the chain but no longer in the portfolio: it was deleted "
                                                       "behind Waymark's back.").arg(record)};
            else if (link(previous, record, *body) != stored)
                report.breaks << ChainBreak{record, tr("%1 was changed after it was recorded: its content no longer matches "
                                                       "its hash in the chain.").arg(record)};
            previous = stored;
        }
        report.head = previous;
        // Records that never entered the chain were written behind Waymark's back.
        // Asked before the next query starts: PostgreSQL's driver drops the rest of a
        // forward-only result when another query runs (every record would pass unseen).
        const bool pending = [&] {
            QSqlQuery m(m_db.connection());
            return m.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'chain-pending'")) && m.next();
        }();
        QSqlQuery r(m_db.connection());
        r.setForwardOnly(true);
        if (!r.exec(QStringLiteral("SELECT 'judgement:' || id FROM judgements UNION ALL SELECT 'case-event:' || id FROM case_events")))
            m_db.throwQuery(r, tr("Cannot read the record chain"));
        while (r.next())
            if (!pending && !chained.contains(r.value(0).toString()))
                report.breaks << ChainBreak{r.value(0).toString(), tr("%1 is not in the chain: it was added behind Waymark's back.")
                                                                       .arg(r.value(0).toString())};
        // Each snapshot's own hash, which its submission's chained content holds.
        QSqlQuery s(m_db.connection());
        s.setForwardOnly(true);
        if (!s.exec(QStringLiteral("SELECT id, case_id, content, sha256 FROM case_snapshots ORDER BY id")))
            m_db.throwQuery(s, tr("Cannot read the case snapshots"));
        while (s.next())
            if (sha256(s.value(2).toString().toUtf8()) != s.value(3).toString())
                report.breaks << ChainBreak{QStringLiteral("snapshot:%1").arg(s.value(0).toLongLong()),
                                            tr("snapshot:%1 (case %2) was changed after it was frozen: its content no longer "
                                               "matches its SHA-256.").arg(s.value(0).toLongLong()).arg(s.value(1).toLongLong())};
    });
    return report;
}

} // namespace waymark::store
