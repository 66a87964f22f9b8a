#pragma once

// A file written under a temporary name in its destination's folder and moved
// over the destination only once complete (synced, then renamed, which
// replaces the old file in one step). For writers that want a file name
// rather than a QIODevice (libxlsxwriter); QSaveFile does the same for those
// that can take one. A staged file dropped without commit() is removed, so a
// failed or cancelled export leaves neither half a file nor a stray one.
// The file is readable by its owner only (a temporary file's mode): it holds
// customer data.

#include "common/Result.h"

#include <memory>
#include <string>

namespace tessera::domain {

class StagedFile {
public:
    static Result<std::unique_ptr<StagedFile>> create(const std::string& path);
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;

    // Where the writer writes.
    const std::string& temporaryPath() const { return m_temporary; }
    Status commit();

private:
    StagedFile(std::string path, std::string temporary)
        : m_path(std::move(path)), m_temporary(std::move(temporary)) {}

    std::string m_path;
    std::string m_temporary;
    bool m_committed = false;
};

} // namespace tessera::domain
