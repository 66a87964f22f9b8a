#include "domain/import/ImportPipeline.h"

#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>
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

// A reader with nothing to hand over (a transactions file whose customers
// all exist) still has its progress shown.
TEST(TestImportPipeline, ProgressShowsWhileTheReaderHandsNothingOver) {
    std::vector<int> percents;
    const Status done = Pipeline::run(
        [&](Pipeline::Sink& sink) -> Status {
            for (int percent = 10; percent <= 40; percent += 10) {
                sink.report(percent, "reading");
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
            }
            return {};
        },
        [&](std::vector<int>&) -> Status { return {}; },
        [&](int percent, const std::string&) { percents.push_back(percent); });
    ASSERT_TRUE(done.ok());
    // Without batches the writer used to see no progress at all. How many of
    // the four it sees depends on the machine's load; each at most once.
    ASSERT_FALSE(percents.empty());
    EXPECT_TRUE(std::is_sorted(percents.begin(), percents.end()));
    EXPECT_EQ(std::adjacent_find(percents.begin(), percents.end()), percents.end());
    for (int percent : percents)
        EXPECT_TRUE(percent % 10 == 0 && percent >= 10 && percent <= 40) << percent;
}
