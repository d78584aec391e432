#include "PasswordKeyring.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QUrl>

namespace waymark::gui {

namespace {

const QString service = QStringLiteral("Waymark team server");

// Runs a keyring job to its end; its error, or NoError.
QKeychain::Error run(QKeychain::Job& job, QString* error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a password never goes to a plain-text file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound && error)
        *error = job.errorString();
    return job.error();
}

} // namespace

QString PasswordKeyring::keyFor(const QString& uri)
{
    const QUrl url(uri);
    return QStringLiteral("%1@%2:%3%4").arg(url.userName(), url.host()).arg(url.port(5432)).arg(url.path());
}

std::optional<QString> PasswordKeyring::read(const QString& key, QString* error)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    switch (run(job, error)) {
    case QKeychain::NoError: return job.textData();
    case QKeychain::EntryNotFound: return QString();
    default: return std::nullopt;
    }
}

bool PasswordKeyring::write(const QString& key, const QString& password, QString* error)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    return run(job, error) == QKeychain::NoError;
}

bool PasswordKeyring::forget(const QString& key, QString* error)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    const QKeychain::Error result = run(job, error);
    return result == QKeychain::NoError || result == QKeychain::EntryNotFound;
}

} // namespace waymark::gui
