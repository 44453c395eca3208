#pragma once

// Finding a dialog's or window's parts by object name in widget tests.

#include <catch2/catch.hpp>

#include <QObject>
#include <QString>

namespace redress::test {

/// The child of `parent` named `name`; the test fails, naming it, when absent.
template <typename W> W* child(const QObject* parent, const QString& name)
{
    W* w = parent->findChild<W*>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

template <typename W> W* child(const QObject* parent, const char* name)
{
    return child<W>(parent, QString::fromLatin1(name));
}

} // namespace redress::test
