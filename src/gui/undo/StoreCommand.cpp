#include "StoreCommand.h"

#include "main/PortfolioSession.h"

namespace waymark::gui {

StoreCommand::StoreCommand(PortfolioSession* session, const QString& text, Step redo, Step undo)
    : m_session(session)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{
    setText(text);
}

void StoreCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    run(m_redo);
}

void StoreCommand::undo()
{
    run(m_undo);
}

void StoreCommand::run(const Step& step)
{
    if (step())
        return;
    // The stack deletes an obsolete command at once, so the commands around it stay in order.
    setObsolete(true);
    emit m_session->changeFailed(m_session->store().errorString());
}

} // namespace waymark::gui
