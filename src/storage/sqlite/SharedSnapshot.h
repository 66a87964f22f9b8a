#pragma once

// A read snapshot shared by the caller's connection and a second connection
// to the same file, so that one long read can be split over two cores and
// still see one database. Both read transactions begin while a third
// connection holds the write lock for a moment: no commit can land between
// them, so both see the newest commit (a plain second ReadSnapshot could see
// a later one).

#include "common/Result.h"
#include "storage/sqlite/Database.h"

#include <memory>

namespace tessera::storage {

class SharedSnapshot {
public:
    // `main` must not be in a transaction. Fails, leaving `main` as it was,
    // when the file cannot be opened again or a writer keeps its write lock.
    static Result<std::unique_ptr<SharedSnapshot>> begin(Database& main);
    ~SharedSnapshot(); // ends both read transactions
    SharedSnapshot(const SharedSnapshot&) = delete;
    SharedSnapshot& operator=(const SharedSnapshot&) = delete;

    // The second connection, for one other thread at a time.
    Database& second() { return *m_second; }

private:
    SharedSnapshot(Database& main, std::unique_ptr<Database> second)
        : m_main(main), m_second(std::move(second)) {}

    Database& m_main;
    std::unique_ptr<Database> m_second;
};

} // namespace tessera::storage
