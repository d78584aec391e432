#include "CpdTextRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace waymark::store {

QString CpdTextRepository::text(CpdText which)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT body FROM cpd_texts WHERE name = ?"));
    bind(q, cpdTextId(which));
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the %1").arg(cpdTextTitle(which).toLower()));
    return q.next() ? q.value(0).toString() : QString();
}

bool CpdTextRepository::setText(CpdText which, const QString& body)
{
    const bool empty = body.trimmed().isEmpty();
    if (which == CpdText::DeclarationDate && !empty && !QDate::fromString(body.trimmed(), Qt::ISODate).isValid())
        return m_db.fail(StoreError::Code::Invalid,
                         tr("The annual declaration date must be a date written YYYY-MM-DD; \"%1\" is not.").arg(body.trimmed()));
    const QString stored = which == CpdText::DeclarationDate ? body.trimmed() : body;
    return m_db.transaction([&] {
        // Replaced whole: a delete and an insert read the same in every SQL dialect.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM cpd_texts WHERE name = ?"));
        bind(q, cpdTextId(which));
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the %1").arg(cpdTextTitle(which).toLower()));
        if (!empty) {
            q.prepare(QStringLiteral("INSERT INTO cpd_texts (name, body) VALUES (?, ?)"));
            bindAll(q, {cpdTextId(which), stored});
            if (!q.exec())
                return m_db.failQuery(q, tr("Cannot save the %1").arg(cpdTextTitle(which).toLower()));
        }
        m_db.noteChange(PortfolioStore::Area::Cpd);
        return true;
    });
}

} // namespace waymark::store
