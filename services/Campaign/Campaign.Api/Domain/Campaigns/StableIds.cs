using System.Security.Cryptography;
using System.Text;

namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// A name-based id: the first 16 bytes of SHA-256 of the name, marked as an RFC 9562 version 8 (custom) UUID. The
/// same name gives the same id on every replica and every redelivery, so it can be an idempotency key.
/// </summary>
public static class StableIds
{
    public static Guid Of(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
