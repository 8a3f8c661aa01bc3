using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.Identity.Api.Domain.Keys;

/// <summary>
/// A key the Identity service made for itself and keeps in its database, so every replica signs and reads tokens
/// with the same keys and no other service holds anything that can mint one. Signing keys are RSA (RS256): the
/// services check tokens with the public half from the JWKS. The encryption key (AES-256) protects what only the
/// Identity service reads back (refresh tokens, authorization codes). The newest key of a kind is used; older ones
/// stay published and readable until they are retired, which is how keys rotate.
/// </summary>
public sealed class TokenKey
{
    private TokenKey()
    {
    }

    public Guid Id { get; private set; }

    public TokenKeyKind Kind { get; private set; }

    /// <summary>The "kid" tokens name it by.</summary>
    public string KeyId { get; private set; } = "";

    /// <summary>PKCS#8 private key (signing) or raw key bytes (encryption), base64.</summary>
    public string Material { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>No longer used nor published (after a rotation, once tokens signed with it have expired).</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public static TokenKey NewSigningKey(DateTimeOffset now)
    {
        using var rsa = RSA.Create(2048);
        return New(TokenKeyKind.Signing, Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()), now);
    }

    public static TokenKey NewEncryptionKey(DateTimeOffset now) =>
        New(TokenKeyKind.Encryption, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), now);

    public static TokenKey NewPhoneLookupKey(DateTimeOffset now) =>
        New(TokenKeyKind.PhoneLookup, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), now);

    public byte[] SymmetricMaterial => Kind == TokenKeyKind.Signing
        ? throw new InvalidOperationException("A signing key is asymmetric.")
        : Convert.FromBase64String(Material);

    public void Retire(DateTimeOffset now) => RetiredAt ??= now;

    public SecurityKey ToSecurityKey()
    {
        var material = Convert.FromBase64String(Material);
        if (Kind != TokenKeyKind.Signing)
        {
            return new SymmetricSecurityKey(material) { KeyId = KeyId };
        }

        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(material, out _);
        return new RsaSecurityKey(rsa) { KeyId = KeyId };
    }

    private static TokenKey New(TokenKeyKind kind, string material, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new TokenKey { Id = id, Kind = kind, KeyId = id.ToString("N"), Material = material, CreatedAt = now };
    }
}

public enum TokenKeyKind
{
    Signing,
    Encryption,

    /// <summary>The HMAC key member phones are hashed with for lookup (MemberLogin), never used for tokens.</summary>
    PhoneLookup,
}
