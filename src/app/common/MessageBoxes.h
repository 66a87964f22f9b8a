#pragma once

// Message boxes that do not block: shown window-modal with open() and deleted
// when closed, so a long job's result or an error never stalls the event loop
// (and tests can find and close them); and room for messages inside dialogs.

#include "common/Result.h"

#include <QMessageBox>

namespace tessera::app {

QMessageBox* showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                         const QString& text);

// A failed use case: logs its error code (never the message, which may quote
// a value) and shows the message as a warning.
QMessageBox* showError(QWidget* parent, const QString& title, const Error& error);

// Makes `dialog` tall enough for its layout at its current width, after a
// word-wrapped message appeared (top-level layouts do not grow for those).
void growToFit(QWidget* dialog);

} // namespace tessera::app
