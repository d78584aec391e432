#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark {

const QStringList& professionIds()
{
    static const QStringList ids{QStringLiteral("social-worker"), QStringLiteral("occupational-therapist"),
                                 QStringLiteral("social-services-worker"), QStringLiteral("other")};
    return ids;
}

QString professionTitle(const QString& id)
{
    if (id == QLatin1String("social-worker"))
        return QCoreApplication::translate("Profession", "Social worker");
    if (id == QLatin1String("occupational-therapist"))
        return QCoreApplication::translate("Profession", "Occupational therapist");
    if (id == QLatin1String("social-services-worker"))
        return QCoreApplication::translate("Profession", "Social services worker");
    if (id == QLatin1String("other"))
        return QCoreApplication::translate("Profession", "Other");
    return id;
}

QString attachmentTooLarge(const QString& name, qint64 bytes)
{
    if (bytes <= maxAttachmentBytes)
        return QString();
    return QCoreApplication::translate("PortfolioStore", "\"%1\" is %2 MB; attachments may be at most %3 MB. It was not attached "
                                                         "and nothing was saved.")
        .arg(name)
        .arg(double(bytes) / 1e6, 0, 'f', 1)
        .arg(maxAttachmentBytes / (1024 * 1024));
}

ItemRef ItemRef::fromString(const QString& text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {QString(), text.trimmed()};
    return {text.left(colon).trimmed(), text.mid(colon + 1).trimmed()};
}

namespace {

struct KindName
{
    EvidenceKind kind;
    const char* id;
    const char* title;
};

const KindName kindNames[] = {
    {EvidenceKind::DirectPractice, "direct-practice", "Direct practice"},
    {EvidenceKind::Observation, "observation", "Observation"},
    {EvidenceKind::ServiceUserFeedback, "service-user-feedback", "Feedback from a person who uses services or a carer"},
    {EvidenceKind::ColleagueFeedback, "colleague-feedback", "Feedback from a colleague"},
    {EvidenceKind::Supervision, "supervision", "Supervision"},
    {EvidenceKind::Training, "training", "Training or CPD"},
    {EvidenceKind::Reflection, "reflection", "Reflective account"},
    {EvidenceKind::Audit, "audit", "Audit"},
    {EvidenceKind::Qualification, "qualification", "Qualification"},
};

} // namespace

QString evidenceKindId(EvidenceKind kind)
{
    for (const KindName& k : kindNames)
        if (k.kind == kind)
            return QLatin1String(k.id);
    return QString();
}

QString evidenceKindTitle(EvidenceKind kind)
{
    for (const KindName& k : kindNames)
        if (k.kind == kind)
            return QLatin1String(k.title);
    return QString();
}

bool evidenceKindFromId(const QString& id, EvidenceKind* kind)
{
    for (const KindName& k : kindNames)
        if (id == QLatin1String(k.id)) {
            *kind = k.kind;
            return true;
        }
    return false;
}

QList<EvidenceKind> allEvidenceKinds()
{
    QList<EvidenceKind> out;
    for (const KindName& k : kindNames)
        out << k.kind;
    return out;
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ReadyForReview: return QStringLiteral("ready-for-review");
    case Verdict::Reached: return QStringLiteral("reached");
    case Verdict::NotYetReached: return QStringLiteral("not-yet-reached");
    }
    return QString();
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::ReadyForReview: return QStringLiteral("Ready for review");
    case Verdict::Reached: return QStringLiteral("Reached");
    case Verdict::NotYetReached: return QStringLiteral("Not yet reached");
    }
    return QString();
}

bool verdictFromId(const QString& id, Verdict* verdict)
{
    for (Verdict v : {Verdict::ReadyForReview, Verdict::Reached, Verdict::NotYetReached})
        if (verdictId(v) == id) {
            *verdict = v;
            return true;
        }
    return false;
}

QString planStatusId(PlanItem::Status status)
{
    switch (status) {
    case PlanItem::Status::Planned: return QStringLiteral("planned");
    case PlanItem::Status::InProgress: return QStringLiteral("in-progress");
    case PlanItem::Status::Done: return QStringLiteral("done");
    case PlanItem::Status::Dropped: return QStringLiteral("dropped");
    }
    return QString();
}

bool planStatusFromId(const QString& id, PlanItem::Status* status)
{
    for (auto s : {PlanItem::Status::Planned, PlanItem::Status::InProgress, PlanItem::Status::Done, PlanItem::Status::Dropped})
        if (planStatusId(s) == id) {
            *status = s;
            return true;
        }
    return false;
}

QString longDate(const QDate& d)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMMM yyyy"));
}

QList<CpdText> allCpdTexts()
{
    return {CpdText::PracticeSummary, CpdText::PersonalStatement, CpdText::CoreLearningElements, CpdText::DeclarationDate};
}

QString cpdTextId(CpdText text)
{
    switch (text) {
    case CpdText::PracticeSummary: return QStringLiteral("practice-summary");
    case CpdText::PersonalStatement: return QStringLiteral("personal-statement");
    case CpdText::CoreLearningElements: return QStringLiteral("core-learning-elements");
    case CpdText::DeclarationDate: return QStringLiteral("declaration-date");
    }
    return QString();
}

QString cpdTextTitle(CpdText text)
{
    switch (text) {
    case CpdText::PracticeSummary: return QCoreApplication::translate("CpdText", "Summary of practice history");
    case CpdText::PersonalStatement: return QCoreApplication::translate("CpdText", "Personal statement");
    case CpdText::CoreLearningElements: return QCoreApplication::translate("CpdText", "Core learning elements");
    case CpdText::DeclarationDate: return QCoreApplication::translate("CpdText", "Annual declaration date");
    }
    return QString();
}

bool cpdTextFromId(const QString& id, CpdText* text)
{
    for (CpdText t : allCpdTexts())
        if (cpdTextId(t) == id) {
            *text = t;
            return true;
        }
    return false;
}

QString Judgement::author() const
{
    const QString who = byRole.isEmpty() ? byName : QCoreApplication::translate("Judgement", "%1, %2").arg(byName, byRole);
    return signedIn ? QCoreApplication::translate("Judgement", "%1, signed in").arg(who) : who;
}

} // namespace waymark
