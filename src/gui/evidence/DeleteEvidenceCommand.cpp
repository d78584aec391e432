#include "DeleteEvidenceCommand.h"

#include "main/PortfolioSession.h"

#include <QCoreApplication>

namespace waymark::gui {

DeleteEvidenceCommand::DeleteEvidenceCommand(PortfolioSession* session, qint64 evidenceId, const QString& title)
    : m_session(session)
    , m_id(evidenceId)
{
    setText(QCoreApplication::translate("DeleteEvidenceCommand", "Delete “%1”").arg(title));
}

void DeleteEvidenceCommand::redo()
{
    if (m_session->deleteEvidence(m_id)) {
        m_first = false;
        return;
    }
    m_failed = true;
    m_error = m_session->errorString();
    // A command that did nothing must not sit on the stack waiting to be "undone".
    setObsolete(true);
    // The caller reports a failure of the first run; a failed redo is reported here.
    if (!m_first)
        emit m_session->changeFailed(m_error);
}

void DeleteEvidenceCommand::undo()
{
    if (m_session->restoreEvidence(m_id))
        return;
    m_failed = true;
    m_error = m_session->errorString();
    setObsolete(true);
    emit m_session->changeFailed(m_error);
}

} // namespace waymark::gui
