#pragma once

#include <QUndoCommand>

namespace waymark::gui {

class PortfolioSession;

// Deleting evidence, undone by restoring it. The store keeps deleted evidence until it is
// purged, so undo brings back the record, its versions, mappings and attachments.
class DeleteEvidenceCommand : public QUndoCommand
{
public:
    DeleteEvidenceCommand(PortfolioSession* session, qint64 evidenceId, const QString& title);

    void redo() override;
    void undo() override;

    bool failed() const { return m_failed; }
    QString errorString() const { return m_error; }
    qint64 evidenceId() const { return m_id; }

private:
    PortfolioSession* m_session;
    qint64 m_id;
    bool m_failed = false;
    bool m_first = true;
    QString m_error;
};

} // namespace waymark::gui
