#include "ui/common/Workers.h"

#include <QThread>

namespace redress::ui {

Workers::~Workers()
{
    for (QThread* thread : std::as_const(m_threads)) {
        thread->disconnect(m_owner);
        thread->wait();
        delete thread;
    }
}

void Workers::start(const QString& name, std::function<void()> work, std::function<void()> done)
{
    QThread* thread = QThread::create(std::move(work));
    thread->setObjectName(name);
    m_threads << thread;
    QObject::connect(thread, &QThread::finished, m_owner, [this, thread, done = std::move(done)] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        done();
    });
    thread->start();
}

} // namespace redress::ui
