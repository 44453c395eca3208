#pragma once

#include <QList>
#include <QString>

#include <functional>

class QObject;
class QThread;

namespace redress::ui {

/// The worker threads a widget started. Each runs `work` on a thread of its
/// own and `done` back on the owner's thread when it ends. Destroying this
/// waits for those still running (the owner has told them to stop by then)
/// and drops their `done`.
class Workers
{
public:
    explicit Workers(QObject* owner) : m_owner(owner) {}
    ~Workers();
    Workers(const Workers&) = delete;
    Workers& operator=(const Workers&) = delete;

    void start(const QString& name, std::function<void()> work, std::function<void()> done);
    bool isEmpty() const { return m_threads.isEmpty(); }

private:
    QObject* m_owner;
    QList<QThread*> m_threads; ///< every worker still running, superseded ones too
};

} // namespace redress::ui
