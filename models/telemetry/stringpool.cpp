// The pool's lookup; see stringpool.h for why it exists.
#include "stringpool.h"

namespace Gatehouse {

QString StringPool::get(std::string_view utf8)
{
    if (utf8.empty())
        return {};
    const auto convert = [utf8] { return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())); };
    if (utf8.size() > MaxValueBytes)
        return convert();
    if (const auto found = m_strings.find(utf8); found != m_strings.end())
        return found->second;
    if (m_strings.size() >= MaxEntries)
        m_strings.clear();
    return m_strings.emplace(std::string(utf8), convert()).first->second;
}

} // namespace Gatehouse
