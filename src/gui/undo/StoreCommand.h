#pragma once

#include <QUndoCommand>

#include <functional>

namespace waymark::gui {

class PortfolioSession;

// One change to the portfolio on the session's undo stack, made of two store calls: one that
// does it again (redo) and one that takes it back (undo). The first doing is not a redo: the
// change is made before the command is pushed (PortfolioChanges), so that a refused change
// never reaches the stack. A later redo or undo that the store refuses (the record was changed
// by another program, the file became read-only) is told through changeFailed, and the command
// leaves the stack: it cannot be trusted to undo anything any more.
class StoreCommand : public QUndoCommand
{
public:
    using Step = std::function<bool()>;

    StoreCommand(PortfolioSession* session, const QString& text, Step redo, Step undo);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    PortfolioSession* m_session;
    Step m_redo;
    Step m_undo;
    bool m_done = true; // pushed after the change was made, so the stack's first redo is skipped
};

} // namespace waymark::gui
