// The workspace's key for the keyed hashes in redaction markers, so markers of one secret match
// across imports and sessions of the same workspace.
#pragma once

#include "models/core/error.h"

#include <QByteArray>

namespace Gatehouse {

class Workspace;

class RedactionKey
{
public:
    // Reads the key from the workspace, creating a random one on first use.
    // TODO: the key lives in the workspace file beside the markers - someone holding the file
    // can test guesses of a short secret against its marker - move it to the system keyring
    // once the keyring store offers per-workspace entries.
    static Result<QByteArray> forWorkspace(Workspace& workspace);
};

} // namespace Gatehouse
