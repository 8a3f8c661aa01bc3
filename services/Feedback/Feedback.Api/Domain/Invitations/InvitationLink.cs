using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Loyalty.Feedback.Api.Domain.Invitations;

/// <summary>
/// A personal link's token: 32 random bytes in base64url. Only its SHA-256 is stored, so the database cannot give a
/// link away; a token that does not decode finds nothing.
/// </summary>
public static class InvitationLink
{
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    public static string For(string memberAppAddress, string token) => memberAppAddress.TrimEnd('/') + "/s/" + token;
}
