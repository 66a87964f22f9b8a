#include "cli/Credentials.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace tessera::cli {
namespace {

// Translated texts of this file, under the context "Credentials".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};

Result<std::string> prompt(const QString& question) {
    std::FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return makeError(
            ErrorCode::InvalidArgument,
            Text::tr("No terminal to ask for the password; set TESSERA_PASSWORD.").toStdString());
    std::fputs(question.toUtf8().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fileno(tty), &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &silent);
    }
    char buffer[1024] = {};
    const bool got = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (isTerminal)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fputc('\n', tty);
    std::fclose(tty);
    if (!got)
        return makeError(ErrorCode::InvalidArgument,
                         Text::tr("No password was entered.").toStdString());
    std::string password(buffer);
    while (!password.empty() && (password.back() == '\n' || password.back() == '\r'))
        password.pop_back();
    return password;
}

} // namespace

Result<std::string> currentPassword(const std::string& username) {
    if (const char* fromEnv = std::getenv("TESSERA_PASSWORD"))
        return std::string(fromEnv);
    return prompt(Text::tr("Password for %1: ").arg(QString::fromStdString(username)));
}

Result<std::string> newPassword(const char* envName, const std::string& forWhom) {
    if (const char* fromEnv = std::getenv(envName))
        return std::string(fromEnv);
    auto first = prompt(Text::tr("New password for %1: ").arg(QString::fromStdString(forWhom)));
    if (!first)
        return first;
    auto second = prompt(Text::tr("Repeat the new password: "));
    if (!second)
        return second;
    if (*first != *second)
        return makeError(ErrorCode::InvalidArgument,
                         Text::tr("The passwords differ.").toStdString());
    return first;
}

} // namespace tessera::cli
