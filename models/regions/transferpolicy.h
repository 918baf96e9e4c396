// Which cross-jurisdiction processing a deployment allows: data of one jurisdiction processed in
// another is a residency violation unless an explicit rule for that direction allows it.
#pragma once

#include <QList>
#include <QString>

namespace Gatehouse {

struct TransferRule
{
    QString dataJurisdiction;    // where the data belongs, e.g. "EU"
    QString computeJurisdiction; // where it may be processed, e.g. "CH"
    QString note;                // the legal basis, e.g. an adequacy decision

    bool operator==(const TransferRule&) const = default;
};

class TransferPolicy
{
public:
    TransferPolicy() = default;
    explicit TransferPolicy(QList<TransferRule> rules);

    // True within one jurisdiction, and across two when a rule names that direction.
    bool allows(const QString& dataJurisdiction, const QString& computeJurisdiction) const;
    const QList<TransferRule>& rules() const { return m_rules; }

private:
    QList<TransferRule> m_rules;
};

} // namespace Gatehouse
