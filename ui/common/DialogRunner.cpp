#include "ui/common/DialogRunner.h"

#include <QDialog>

namespace redress::ui {

int DialogRunner::run(QDialog& dialog) const
{
    if (!m_hook)
        return dialog.exec();
    m_hook(&dialog);
    return dialog.result();
}

} // namespace redress::ui
