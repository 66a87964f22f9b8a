#include "BenchSession.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace tessera::bench {

std::unique_ptr<domain::Workspace> signIn(const QString& path, const QString& user,
                                          const QString& password) {
    auto ws = domain::Workspace::open(path.toStdString());
    if (!ws) {
        std::fprintf(stderr, "open: %s\n", ws.error().message.c_str());
        std::exit(1);
    }
    if (auto in = (*ws)->login(user.toStdString(), password.toStdString()); !in) {
        std::fprintf(stderr, "sign in %s: %s\n", qPrintable(user), in.error().message.c_str());
        std::exit(1);
    }
    return std::move(*ws);
}

double measure(const char* what, int repeat, const std::function<bool(int)>& step) {
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!step(i))
            std::exit(1);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%s: median %.1f ms, slowest %.1f ms (%d runs)\n", what, ms[ms.size() / 2],
                ms.back(), repeat);
    std::fflush(stdout);
    return ms[ms.size() / 2];
}

} // namespace tessera::bench
