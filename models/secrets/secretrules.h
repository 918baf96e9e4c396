// The scanner's rule set, in priority order: where two rules match overlapping text, the one
// listed first names the finding (an AWS key id in "AWS_ACCESS_KEY_ID=..." is an AWS key, not a
// generic assignment).
#pragma once

#include "secretrule.h"

#include <QList>

namespace Gatehouse {

QList<SecretRule> defaultSecretRules();

} // namespace Gatehouse
