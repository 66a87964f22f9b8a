#include "domain/files/StagedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tessera::domain {
namespace {

Error failed(const char* what, const std::string& path, const QString& reason) {
    return makeError(ErrorCode::IoError, QCoreApplication::translate("StagedFile", what)
                                             .arg(QString::fromStdString(path), reason)
                                             .toStdString());
}

// The data on the disk before the rename makes it visible under its name.
bool syncFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    return ::close(fd) == 0 && synced;
}

} // namespace

Result<std::unique_ptr<StagedFile>> StagedFile::create(const std::string& path) {
    const QFileInfo target(QString::fromStdString(path));
    QTemporaryFile temporary(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return failed(
            QT_TRANSLATE_NOOP("StagedFile", "Cannot write %1: %2. Choose another folder."), path,
            temporary.errorString());
    return std::unique_ptr<StagedFile>(new StagedFile(path, temporary.fileName().toStdString()));
}

StagedFile::~StagedFile() {
    if (!m_committed)
        QFile::remove(QString::fromStdString(m_temporary));
}

Status StagedFile::commit() {
    if (!syncFile(m_temporary) || std::rename(m_temporary.c_str(), m_path.c_str()) != 0)
        return failed(QT_TRANSLATE_NOOP("StagedFile", "Saving %1 failed: %2."), m_path,
                      QString::fromLocal8Bit(std::strerror(errno)));
    m_committed = true;
    return {};
}

} // namespace tessera::domain
