// Short texts that repeat from record to record (agents, tools, servers, regions, outcomes),
// converted from UTF-8 once and then shared.
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Gatehouse {

// A decoded record takes its agent, tool, server and region names from the pool: the same
// implicitly shared QString each time, so a repeated value costs a hash lookup instead of a
// conversion and an allocation, and the live table's records share their text. Memory is
// bounded against a stream of ever new values: the pool starts over when full.
class StringPool
{
public:
    static constexpr std::size_t MaxEntries = 4096;
    static constexpr std::size_t MaxValueBytes = 96;

    QString get(std::string_view utf8);
    std::size_t size() const { return m_strings.size(); }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view value) const
        {
            return std::hash<std::string_view>{}(value);
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

} // namespace Gatehouse
