using System.Security.Cryptography;
using System.Text;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// Member phones as Identity keeps and looks them up: HMAC-SHA256 with its own lookup key (TokenKeyRing), so the
/// table holds nothing a reader could turn back into a phone number, even by trying all 10^11 of them.
/// </summary>
public sealed class PhoneLookup(TokenKeyRing keys)
{
    public string HashOf(string normalizedPhone) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.PhoneLookupKey, Encoding.ASCII.GetBytes(normalizedPhone)));
}
