#pragma once

#include <QString>

#include <optional>

namespace waymark::gui {

// Team-server passwords in this computer's keyring (the Secret Service on Linux, the macOS
// Keychain, the Windows Credential Store), through QtKeychain; never in a file, never in
// plain text. Each call waits for the keyring's answer.
class PasswordKeyring
{
public:
    // The entry for a libpq URI: login@host:port/database.
    static QString keyFor(const QString& uri);
    // The stored password; an empty string when none is stored; nothing when no keyring
    // answered, with why in error.
    static std::optional<QString> read(const QString& key, QString* error = nullptr);
    static bool write(const QString& key, const QString& password, QString* error = nullptr);
    // Removes the entry; true when there is none afterwards.
    static bool forget(const QString& key, QString* error = nullptr);
};

} // namespace waymark::gui
