// A token or password held in memory only as long as needed and overwritten when released.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Gatehouse {

class SecretBuffer
{
public:
    SecretBuffer() = default;
    // Takes a deep copy and wipes the caller's bytes when wipeSource is set.
    explicit SecretBuffer(QByteArray& source, bool wipeSource = true);
    static SecretBuffer fromView(QByteArrayView bytes);
    ~SecretBuffer();

    SecretBuffer(const SecretBuffer& other);
    SecretBuffer& operator=(const SecretBuffer& other);
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    QByteArrayView view() const { return m_bytes; }
    // A deep copy for an API that insists on a QByteArray; the caller wipes it with wipe().
    QByteArray copy() const;
    void clear();

    // Overwrites the bytes of array in place (all holders of shared data see zeros), then empties
    // it.
    static void wipe(QByteArray& array);

private:
    QByteArray m_bytes;
};

} // namespace Gatehouse
