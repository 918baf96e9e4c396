// A deployment under review: a named use of agents with an owner and a scope.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Gatehouse {

struct Deployment
{
    qint64 id = 0;
    QString name; // unique in the workspace, case-insensitively
    QString owner;
    QString description;
    QString scope;
    QDateTime createdAt;
    QString createdBy;
};

} // namespace Gatehouse

Q_DECLARE_METATYPE(Gatehouse::Deployment)
