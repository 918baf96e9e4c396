// The numbered schema migrations of the workspace. Each capability appends its own; a migration
// is never edited once released, a change is a new one.
#pragma once

#include <QStringList>

#include <vector>

namespace Gatehouse {

struct Migration
{
    int version;             // 1, 2, 3, ... without holes
    const char* description; // for the developer log
    QStringList statements;  // run in order inside the migration transaction
};

const std::vector<Migration>& schemaMigrations();

} // namespace Gatehouse
