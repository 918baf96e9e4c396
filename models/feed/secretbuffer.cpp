// OPENSSL_cleanse is used because a plain memset before free may be optimised away.
#include "secretbuffer.h"

#include <openssl/crypto.h>

namespace Gatehouse {

void SecretBuffer::wipe(QByteArray& array)
{
    if (!array.isEmpty())
        OPENSSL_cleanse(const_cast<char*>(array.constData()), size_t(array.size()));
    array.clear();
}

SecretBuffer::SecretBuffer(QByteArray& source, bool wipeSource)
    : m_bytes(source.constData(), source.size())
{
    if (wipeSource)
        wipe(source);
}

SecretBuffer SecretBuffer::fromView(QByteArrayView bytes)
{
    QByteArray copied(bytes.data(), bytes.size());
    return SecretBuffer(copied, true);
}

SecretBuffer::~SecretBuffer()
{
    wipe(m_bytes);
}

SecretBuffer::SecretBuffer(const SecretBuffer& other)
    : m_bytes(other.copy())
{
}

SecretBuffer& SecretBuffer::operator=(const SecretBuffer& other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = other.copy();
    }
    return *this;
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

QByteArray SecretBuffer::copy() const
{
    return QByteArray(m_bytes.constData(), m_bytes.size());
}

void SecretBuffer::clear()
{
    wipe(m_bytes);
}

} // namespace Gatehouse
