#include "domain/import/ImportPipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace tessera;
using namespace tessera::domain;

using Pipeline = ImportPipeline<int>;

TEST(TestImportPipeline, HandsEveryItemOverInOrderOnTheCallingThread) {
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> readOnAnotherThread = false;
    std::vector<int> written;
    std::vector<int> percents;
    const Status done = Pipeline::run(
        [&](Pipeline::Sink& sink) -> Status {
            readOnAnotherThread = std::this_thread::get_id() != caller;
            for (int i = 0; i < 50'000; ++i) {
                if (i % 10'000 == 0)
                    sink.report(i / 1000, "reading");
                TESSERA_TRY(sink.put(i));
            }
            return {};
        },
        [&](std::vector<int>& batch) -> Status {
            EXPECT_EQ(std::this_thread::get_id(), caller);
            written.insert(written.end(), batch.begin(), batch.end());
            return {};
        },
        [&](int percent, const std::string& stage) {
            EXPECT_EQ(stage, "reading");
            percents.push_back(percent);
        });
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(readOnAnotherThread);
    ASSERT_EQ(written.size(), 50'000u);
    for (int i = 0; i < 50'000; ++i)
        ASSERT_EQ(written[static_cast<std::size_t>(i)], i);
    ASSERT_FALSE(percents.empty());
    EXPECT_TRUE(std::is_sorted(percents.begin(), percents.end()));
}

TEST(TestImportPipeline, AWritingErrorStopsTheReaderAndIsTheResult) {
    std::atomic<int> put = 0;
    const Status done = Pipeline::run(
        [&](Pipeline::Sink& sink) -> Status {
            for (int i = 0; i < 10'000'000; ++i) {
                TESSERA_TRY(sink.put(i));
                ++put;
            }
            return {};
        },
        [&](std::vector<int>&) -> Status {
            return makeError(ErrorCode::IoError, "the disk is full");
        },
        [](int, const std::string&) {});
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, ErrorCode::IoError);
    EXPECT_EQ(done.error().message, "the disk is full");
    // The queue holds a few batches; the reader stopped long before the end.
    EXPECT_LT(put.load(), 100'000);
}

TEST(TestImportPipeline, AReadingErrorStopsTheWriterAndIsTheResult) {
    std::size_t written = 0;
    const Status done = Pipeline::run(
        [&](Pipeline::Sink& sink) -> Status {
            for (int i = 0; i < 5000; ++i)
                TESSERA_TRY(sink.put(i));
            return makeError(ErrorCode::InvalidArgument, "Line 5001: not a date");
        },
        [&](std::vector<int>& batch) -> Status {
            written += batch.size();
            return {};
        },
        [](int, const std::string&) {});
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(done.error().message, "Line 5001: not a date");
    EXPECT_LE(written, 5000u);
}
